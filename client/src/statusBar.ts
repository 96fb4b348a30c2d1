// The status item: the state of the report in its own terms ("10/10 krav besvarade · 2 fel"), for the
// report of the active editor (or the workspace's only one); a click opens the Requirements view.
import * as vscode from 'vscode';
import type { CoverageReport } from '../../server/src/shared/protocol';
import type { CoverageStore } from './requirements/coverageStore';

function findings(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return vscode.l10n.t('no errors');
  const parts: string[] = [];
  if (errors > 0) parts.push(errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors));
  if (warnings > 0) parts.push(warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', warnings));
  return parts.join(', ');
}

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('regbrev.status', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: CoverageStore) {
    this.item.name = vscode.l10n.t('regbrev: the report');
    this.item.command = 'regbrev.showRequirements';
    this.disposables.push(
      this.item,
      store.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  private current(): CoverageReport | undefined {
    const reports = this.store.reports;
    return this.store.reportOf(vscode.window.activeTextEditor?.document.uri) ?? (reports.length === 1 ? reports[0] : undefined);
  }

  private update(): void {
    const reports = this.store.reports;
    if (reports.length === 0) {
      this.item.hide();
      return;
    }
    const r = this.current();
    const errors = r ? r.errors : reports.reduce((n, x) => n + x.errors, 0);
    const warnings = r ? r.warnings : reports.reduce((n, x) => n + x.warnings, 0);
    const icon = errors > 0 ? '$(error)' : warnings > 0 ? '$(warning)' : '$(checklist)';
    // A redovisning answers the items of one part of an assignment: those are what it counts.
    const coverage = r?.concerns
      ? vscode.l10n.t('{0}/{1} items of {2} answered', r.summary.answered, r.summary.due, r.concerns.partId)
      : r ? vscode.l10n.t('{0}/{1} requirements answered', r.summary.answered, r.summary.due)
        : vscode.l10n.t('{0} reports', reports.length);
    this.item.text = `${icon} ${coverage} · ${findings(errors, warnings)}`;
    this.item.tooltip = r?.concerns
      ? `${r.title}\n${vscode.l10n.t('Reports part {0} of {1}', r.concerns.partId, r.concerns.requirementId)}`
      : r ? `${r.title}\n${vscode.l10n.t('{0} of {1} indicators reach their target', r.summary.reached, r.summary.indicators)}`
        : undefined;
    this.item.accessibilityInformation = { label: `regbrev: ${coverage}, ${findings(errors, warnings)}` };
    this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
