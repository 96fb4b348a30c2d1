// The coverage of the workspace's reports as the server last computed it, asked for once after each
// analysis (one request at a time, the latest wins), for the requirements view and the status item.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageRequest } from '../../../server/src/shared/protocol';
import type { CoverageReport } from '../../../server/src/shared/protocol';

export class CoverageStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  reports: readonly CoverageReport[] = [];
  generation = -1;
  private pending = false;
  private again = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient, analysed: vscode.Event<number>) {
    this.disposables.push(
      this.changed,
      analysed((generation) => {
        if (generation > this.generation) void this.refresh();
      }),
    );
  }

  /** The report a file belongs to, if any. */
  reportOf(uri: vscode.Uri | undefined): CoverageReport | undefined {
    const key = uri?.toString();
    return key ? this.reports.find((r) => r.files.includes(key)) : undefined;
  }

  async refresh(): Promise<void> {
    if (this.pending) {
      this.again = true;
      return;
    }
    this.pending = true;
    try {
      const result = await this.client.sendRequest(CoverageRequest.type, {});
      if (result.generation >= this.generation) {
        this.generation = result.generation;
        this.reports = result.reports;
        this.changed.fire();
      }
    } catch {
      // The server restarts or is gone; the next analysis brings fresh coverage.
    } finally {
      this.pending = false;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
