// The VS Code extension. It stays quiet outside reports: in a workspace without a regbrev file it starts
// no server and shows nothing, only offering "New Report…" and waiting for a report file to appear.
// With a report it starts the language server (dist/server.js) and adds the preview, the Requirements
// view, the status item, rule pages and the code lens command. Everything about reports lives in the
// server; this package deals with VS Code only.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnalysisNotification, SHOW_ANSWERS_COMMAND } from '../../server/src/shared/protocol';
import { workspaceHasReport, watchForReport, isReportDocument } from './detect';
import { createLanguageClient } from './languageClient';
import { registerNewReport } from './newReport';
import { PreviewManager } from './preview/previewManager';
import { CoverageStore } from './requirements/coverageStore';
import { RequirementsView } from './requirements/requirementsView';
import type { TreeSnapshot } from './requirements/requirementsView';
import { registerRulePages } from './rulePages';
import { StatusItem } from './statusBar';

let client: LanguageClient | undefined;
let view: RequirementsView | undefined;

/** What the extension offers its end-to-end tests, and nothing else. */
export interface RegbrevApi {
  /** Resolves once a report was found and the server started. */
  readonly started: Promise<LanguageClient>;
  /** Resolves with whether the workspace held a report when the extension activated. */
  readonly detected: Promise<boolean>;
  isStarted(): boolean;
  /** The Requirements view's tree, all levels. */
  requirements(): TreeSnapshot[];
}

type Location = { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };

function showAnswers(uri: string, position: { line: number; character: number }, locations: Location[]): Thenable<unknown> {
  const toPosition = (p: { line: number; character: number }) => new vscode.Position(p.line, p.character);
  return vscode.commands.executeCommand(
    'editor.action.showReferences',
    vscode.Uri.parse(uri),
    toPosition(position),
    locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(toPosition(l.range.start), toPosition(l.range.end)))),
  );
}

/** Keeps `regbrev.activeReportFile` true while the active editor shows a report file (for the title button). */
function trackActiveReportFile(): vscode.Disposable {
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'regbrev.activeReportFile', doc !== undefined && isReportDocument(doc));
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidSaveTextDocument(update),
  );
}

async function start(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const lc = createLanguageClient(context);
  client = lc;
  // A client has one handler per notification: every part that follows the analyses listens here.
  const analyses = new vscode.EventEmitter<number>();
  lc.onNotification(AnalysisNotification.type, ({ generation }) => analyses.fire(generation));
  const store = new CoverageStore(lc, analyses.event);
  view = new RequirementsView(store);
  context.subscriptions.push(
    analyses,
    store,
    new PreviewManager(lc, context.extensionUri, analyses.event),
    view,
    new StatusItem(store),
    registerRulePages(context.extensionUri),
    trackActiveReportFile(),
    vscode.commands.registerCommand(SHOW_ANSWERS_COMMAND, showAnswers),
    vscode.commands.registerCommand('regbrev.restartServer', async () => {
      await lc.restart();
    }),
  );
  await vscode.commands.executeCommand('setContext', 'regbrev.active', true);
  await lc.start();
  await store.refresh();
  return lc;
}

export async function activate(context: vscode.ExtensionContext): Promise<RegbrevApi> {
  const output = vscode.window.createOutputChannel('regbrev', { log: true });
  context.subscriptions.push(output, registerNewReport(context, output));
  let resolveStarted!: (c: LanguageClient) => void;
  let rejectStarted!: (e: unknown) => void;
  const started = new Promise<LanguageClient>((resolve, reject) => {
    resolveStarted = resolve;
    rejectStarted = reject;
  });
  started.catch(() => undefined);
  const go = () => start(context).then(resolveStarted, (e) => {
    output.error(String(e));
    rejectStarted(e);
  });
  const detected = workspaceHasReport();
  void detected.then((found) => {
    if (found) void go();
    else context.subscriptions.push(watchForReport(() => void go()));
  });
  return { started, detected, isStarted: () => client !== undefined, requirements: () => view?.snapshot() ?? [] };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
