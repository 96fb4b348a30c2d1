// Diagnostics are pushed after a short pause in typing, for every file whose findings changed and for
// every open file once per version (an empty list included), each tagged with the version of the open
// document it was computed from, so that a client never shows findings of an older text.
import type { Connection } from 'vscode-languageserver/node';
import type { LanguageService } from '../service/index';
import { AnalysisNotification } from '../shared/protocol';
import { toDiagnostic } from './toLsp';
import type { WorkspaceIndex } from './workspaceIndex';

export class DiagnosticsScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly published = new Map<string, string>();
  private announced = -1;
  /** Time of the last analysis, for the benchmark and the log. */
  lastRunMs = 0;

  constructor(
    private readonly connection: Connection,
    private readonly service: LanguageService,
    private readonly index: WorkspaceIndex,
    private readonly delayMs = 150,
  ) {}

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.publishNow();
    }, this.delayMs);
  }

  publishNow(): void {
    const started = performance.now();
    const analysis = this.service.analyze();
    this.lastRunMs = performance.now() - started;
    const settings = this.service.settings;
    // regbrev files, and files beyond the limits: whether those are regbrev files is not known, but their
    // finding must be seen.
    const ours = (u: string) => {
      const f = this.service.getFile(u);
      return f?.kind !== undefined || f?.overLimit === true;
    };
    const uris = new Set([...this.service.uris().filter(ours), ...this.published.keys()]);
    for (const uri of uris) {
      const problems = analysis.problems.get(uri) ?? [];
      const docs = (u: string) => this.index.document(u);
      const diagnostics = problems.flatMap((p) => {
        const d = toDiagnostic(p, docs, settings);
        return d ? [d] : [];
      });
      const version = this.index.version(uri);
      const key = `${version ?? ''}|${JSON.stringify(diagnostics)}`;
      if (this.published.get(uri) === key) continue;
      // An open file is published once per version, an empty list included, so that a client knows it
      // was checked; a closed file only when it has findings or had them.
      if (diagnostics.length === 0 && !this.published.has(uri) && version === undefined) continue;
      this.published.set(uri, key);
      void this.connection.sendDiagnostics({ uri, version, diagnostics });
    }
    // Previews and views render again once per analysis, after its findings are out.
    if (this.service.generation !== this.announced) {
      this.announced = this.service.generation;
      void this.connection.sendNotification(AnalysisNotification.type, { generation: this.announced });
    }
  }

  forget(uri: string): void {
    if (this.published.has(uri)) {
      this.published.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }
}
