// The Requirements view: the letter's goals, reporting requirements and assignments with their status,
// and the indicators with outcome and target. Each node opens its requirement in the letter; its children
// are the places that answer it, and for a requirement reported in parts, its parts with their status and
// each part's items with where they are answered. A filter shows only what still needs an answer. The same tree stands in
// the Explorer, beside the files, and in regbrev's own activity bar container, at full height for review.
import * as vscode from 'vscode';
import type { CoveragePlaceItem, CoverageReport, IndicatorItem, PartItem, RequirementItem, RequirementStatus } from '../../../server/src/shared/protocol';
import type { CoverageStore } from './coverageStore';

const REQUIREMENTS_VIEW = 'regbrev.requirements';
const REQUIREMENTS_PANEL = 'regbrev.requirementsPanel';
const FILTER_KEY = 'regbrev.requirements.unansweredOnly';

type Node =
  | { readonly kind: 'report'; readonly report: CoverageReport }
  | { readonly kind: 'group'; readonly report: CoverageReport; readonly group: 'mål' | 'återrapporteringskrav' | 'uppdrag' | 'indikatorer' }
  | { readonly kind: 'requirement'; readonly item: RequirementItem }
  | { readonly kind: 'indicator'; readonly item: IndicatorItem }
  | { readonly kind: 'part'; readonly part: PartItem }
  | { readonly kind: 'item'; readonly item: PartItem['items'][number] }
  | { readonly kind: 'place'; readonly place: CoveragePlaceItem }
  | { readonly kind: 'note'; readonly text: string };

const STATUS_ICON: Record<RequirementStatus, vscode.ThemeIcon> = {
  besvarat: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  obesvarat: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  'inaktuellt-svar': new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  'inte-i-årsredovisningen': new vscode.ThemeIcon('circle-outline'),
  borttaget: new vscode.ThemeIcon('circle-slash'),
};

function open(location: { uri: string; range: { start: { line: number; character: number } } }): vscode.Command {
  const position = new vscode.Position(location.range.start.line, location.range.start.character);
  return {
    command: 'vscode.open',
    title: vscode.l10n.t('Open'),
    arguments: [vscode.Uri.parse(location.uri), { selection: new vscode.Range(position, position), preview: true }],
  };
}

const PART_ICON: Record<PartItem['status'], vscode.ThemeIcon> = {
  redovisad: STATUS_ICON.besvarat,
  sen: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  saknas: STATUS_ICON.obesvarat,
  'inte-förfallen': new vscode.ThemeIcon('clock'),
  obedömd: new vscode.ThemeIcon('circle-outline'),
};

/** How much of a report is answered: its due requirements, or, for a redovisning, the items of its part. */
function answeredText(report: CoverageReport): string {
  const { answered, due } = report.summary;
  return report.concerns
    ? vscode.l10n.t('{0}/{1} items of {2} answered', answered, due, report.concerns.partId)
    : vscode.l10n.t('{0}/{1} answered', answered, due);
}

/** What still needs an answer: unanswered, or answered in an older wording. */
const needsAnswer = (r: RequirementItem) => r.status === 'obesvarat' || r.status === 'inaktuellt-svar';

export class RequirementsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private unansweredOnly = false;
  private readonly views: vscode.TreeView<Node>[];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: CoverageStore) {
    this.views = [REQUIREMENTS_VIEW, REQUIREMENTS_PANEL].map((id) => vscode.window.createTreeView(id, { treeDataProvider: this, showCollapseAll: true }));
    this.disposables.push(
      ...this.views,
      this.changed,
      store.onDidChange(() => this.update()),
      vscode.commands.registerCommand('regbrev.requirements.showUnansweredOnly', () => this.filter(true)),
      vscode.commands.registerCommand('regbrev.requirements.showAll', () => this.filter(false)),
      vscode.commands.registerCommand('regbrev.showRequirements', () => vscode.commands.executeCommand(`${REQUIREMENTS_PANEL}.focus`)),
    );
    void vscode.commands.executeCommand('setContext', FILTER_KEY, false);
    this.update();
  }

  private filter(on: boolean): void {
    this.unansweredOnly = on;
    void vscode.commands.executeCommand('setContext', FILTER_KEY, on);
    this.update();
  }

  private update(): void {
    const unjudged = this.store.reports.filter((r) => !r.judged);
    const message = unjudged.length > 0
      ? vscode.l10n.t('Coverage cannot be judged until the YAML errors of the report are fixed.')
      : this.unansweredOnly ? vscode.l10n.t('Showing unanswered requirements only.') : undefined;
    const s = this.store.reports.length === 1 ? this.store.reports[0].summary : undefined;
    for (const view of this.views) {
      view.message = message;
      view.description = s ? vscode.l10n.t('{0}/{1} answered', s.answered, s.due) : undefined;
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const reports = this.store.reports;
      if (reports.length === 1) return this.groups(reports[0]);
      return reports.map((report) => ({ kind: 'report', report }));
    }
    switch (node.kind) {
      case 'report':
        return this.groups(node.report);
      case 'group': {
        if (node.group === 'indikatorer') {
          const all = node.report.indicators;
          const shown = this.unansweredOnly ? all.filter((i) => i.status === 'utan-utfall') : all;
          return shown.map((item) => ({ kind: 'indicator', item }));
        }
        const all = node.report.requirements.filter((r) => r.kind === node.group);
        const shown = this.unansweredOnly ? all.filter(needsAnswer) : all;
        return shown.map((item) => ({ kind: 'requirement', item }));
      }
      case 'requirement': {
        const places: Node[] = node.item.answers.map((place) => ({ kind: 'place', place }));
        const parts: Node[] = node.item.parts.map((part) => ({ kind: 'part', part }));
        return node.item.goal ? [{ kind: 'note', text: node.item.goal }, ...places, ...parts] : [...places, ...parts];
      }
      case 'part':
        return node.part.items.map((item) => ({ kind: 'item', item }));
      case 'item':
        return node.item.answers.map((place) => ({ kind: 'place', place }));
      case 'indicator':
        return node.item.reportedIn.map((place) => ({ kind: 'place', place }));
      default:
        return [];
    }
  }

  private groups(report: CoverageReport): Node[] {
    const groups: Node[] = [];
    for (const group of ['mål', 'återrapporteringskrav', 'uppdrag'] as const) {
      if (report.requirements.some((r) => r.kind === group)) groups.push({ kind: 'group', report, group });
    }
    if (report.indicators.length > 0) groups.push({ kind: 'group', report, group: 'indikatorer' });
    return groups;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    const Expanded = vscode.TreeItemCollapsibleState.Expanded;
    const None = vscode.TreeItemCollapsibleState.None;
    switch (node.kind) {
      case 'report': {
        const item = new vscode.TreeItem(node.report.title, Expanded);
        item.iconPath = new vscode.ThemeIcon('book');
        item.description = answeredText(node.report);
        item.command = open({ uri: node.report.manifestUri, range: { start: { line: 0, character: 0 } } });
        return item;
      }
      case 'group':
        return this.groupItem(node.report, node.group, Expanded);
      case 'requirement': {
        const r = node.item;
        const item = new vscode.TreeItem(r.id, r.answers.length > 0 || r.goal || r.parts.length > 0 ? Collapsed : None);
        item.id = `${r.location.uri}#${r.id}`;
        item.description = [r.title, r.statusText].filter(Boolean).join(' · ');
        item.tooltip = [r.id, r.title, r.statusText, r.goal].filter(Boolean).join('\n');
        item.iconPath = STATUS_ICON[r.status];
        item.contextValue = `requirement.${r.status}`;
        item.accessibilityInformation = { label: [r.id, r.title, r.statusText].filter(Boolean).join(', ') };
        item.command = open(r.location);
        return item;
      }
      case 'indicator': {
        const i = node.item;
        const item = new vscode.TreeItem(i.id, i.reportedIn.length > 0 ? Collapsed : None);
        item.id = `${i.location.uri}#${i.id}`;
        const figures = i.outcome !== undefined || i.target !== undefined ? `${i.outcome ?? '–'} / ${i.target ?? '–'}` : undefined;
        item.description = [figures, i.statusText].filter(Boolean).join(' · ');
        item.tooltip = [i.id, i.name, figures, i.statusText].filter(Boolean).join('\n');
        item.iconPath = i.status === 'uppnått' ? STATUS_ICON.besvarat
          : i.status === 'utan-utfall' ? STATUS_ICON.obesvarat
            : i.status === 'inte-uppnått' ? new vscode.ThemeIcon('circle-large-outline') : new vscode.ThemeIcon('dash');
        item.accessibilityInformation = { label: [i.id, i.name, figures, i.statusText].filter(Boolean).join(', ') };
        item.command = open(i.location);
        return item;
      }
      case 'part': {
        const p = node.part;
        const item = new vscode.TreeItem(p.id, p.items.length > 0 ? Collapsed : None);
        item.id = `${p.location.uri}#part:${p.location.range.start.line}`;
        item.description = [p.title, p.statusText].filter(Boolean).join(' · ');
        item.tooltip = [p.id, p.title, p.statusText].filter(Boolean).join('\n');
        item.iconPath = PART_ICON[p.status];
        item.accessibilityInformation = { label: [p.id, p.title, p.statusText].filter(Boolean).join(', ') };
        item.command = open(p.location);
        return item;
      }
      case 'item': {
        const i = node.item;
        const item = new vscode.TreeItem(i.id, i.answers.length > 0 ? Collapsed : None);
        item.description = i.text;
        item.iconPath = i.answered ? STATUS_ICON.besvarat : STATUS_ICON.obesvarat;
        item.accessibilityInformation = { label: [i.id, i.text, i.answered ? vscode.l10n.t('answered') : vscode.l10n.t('unanswered')].filter(Boolean).join(', ') };
        item.command = open(i.location);
        return item;
      }
      case 'place': {
        const item = new vscode.TreeItem(node.place.label, None);
        item.iconPath = new vscode.ThemeIcon(node.place.current ? 'references' : 'history');
        item.command = open(node.place.location);
        return item;
      }
      case 'note': {
        const item = new vscode.TreeItem(node.text, None);
        item.iconPath = new vscode.ThemeIcon('target');
        return item;
      }
    }
  }

  private groupItem(report: CoverageReport, group: 'mål' | 'återrapporteringskrav' | 'uppdrag' | 'indikatorer', state: vscode.TreeItemCollapsibleState): vscode.TreeItem {
    const titles = {
      mål: vscode.l10n.t('Goals'),
      återrapporteringskrav: vscode.l10n.t('Reporting requirements'),
      uppdrag: vscode.l10n.t('Assignments'),
      indikatorer: vscode.l10n.t('Indicators'),
    };
    const item = new vscode.TreeItem(titles[group], state);
    item.id = `${report.manifestUri}#${group}`;
    if (group === 'indikatorer') {
      item.description = vscode.l10n.t('{0} of {1} reached', report.summary.reached, report.indicators.length);
      item.iconPath = new vscode.ThemeIcon('graph');
    } else if (report.concerns) {
      item.description = answeredText(report);
      item.iconPath = new vscode.ThemeIcon('briefcase');
    } else {
      const list = report.requirements.filter((r) => r.kind === group);
      const due = list.filter((r) => r.dueInReport);
      const answered = due.filter((r) => r.status === 'besvarat' || r.status === 'inaktuellt-svar');
      item.description = vscode.l10n.t('{0}/{1} answered', answered.length, due.length);
      item.iconPath = new vscode.ThemeIcon(group === 'mål' ? 'target' : group === 'uppdrag' ? 'briefcase' : 'checklist');
    }
    return item;
  }

  /** The tree as the view shows it (labels, descriptions, icons), all levels: for the end-to-end tests. */
  snapshot(): TreeSnapshot[] {
    const walk = (node?: Node): TreeSnapshot[] =>
      this.getChildren(node).map((child) => {
        const item = this.getTreeItem(child);
        const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
        const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
        return { label, description: typeof item.description === 'string' ? item.description : undefined, icon, children: walk(child) };
      });
    return walk();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export interface TreeSnapshot {
  readonly label: string;
  readonly description?: string;
  readonly icon?: string;
  readonly children: readonly TreeSnapshot[];
}
