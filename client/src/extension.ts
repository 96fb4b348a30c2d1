// The VS Code extension: starts the language server (dist/server.js), shows where a requirement is
// answered when its code lens is clicked, and keeps a status bar item with the report's findings.
// Everything about reports lives in the server; this file only deals with VS Code.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { SHOW_ANSWERS_COMMAND } from '../../server/src/shared/protocol';

let client: LanguageClient | undefined;

function statusText(): { text: string; tooltip: string } {
  let errors = 0;
  let warnings = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      if (d.source !== 'regbrev') continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
  }
  const sv = vscode.workspace.getConfiguration('regbrev').get<string>('language', 'sv') === 'sv';
  if (errors === 0 && warnings === 0) {
    return { text: '$(check) regbrev', tooltip: sv ? 'Årsredovisningen: inga fel eller varningar' : 'The report: no errors or warnings' };
  }
  return {
    text: `$(error) ${errors} $(warning) ${warnings} regbrev`,
    tooltip: sv ? `Årsredovisningen: ${errors} fel, ${warnings} varningar` : `The report: ${errors} errors, ${warnings} warnings`,
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    synchronize: {
      configurationSection: 'regbrev',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'),
    },
  };
  client = new LanguageClient('regbrev', 'regbrev', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_ANSWERS_COMMAND, async (uri: string, position: { line: number; character: number }, locations: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]) => {
      const toPosition = (p: { line: number; character: number }) => new vscode.Position(p.line, p.character);
      await vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        toPosition(position),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(toPosition(l.range.start), toPosition(l.range.end)))),
      );
    }),
    vscode.commands.registerCommand('regbrev.restartServer', async () => {
      await client?.restart();
    }),
  );

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 100);
  status.command = 'workbench.actions.view.problems';
  const refresh = () => {
    const s = statusText();
    status.text = s.text;
    status.tooltip = s.tooltip;
  };
  refresh();
  status.show();
  context.subscriptions.push(status, vscode.languages.onDidChangeDiagnostics(refresh));

  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
