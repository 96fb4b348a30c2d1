// The language client: starts dist/server.js over IPC for the workspace's YAML files, hands it the
// editor's settings and display language, and turns each finding's rule link into the command that opens
// the rule's page rendered (the server links the Markdown file itself, which any other editor can open).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/shared/launch';
import { SHOW_RULE_COMMAND } from './rulePages';

function ruleLink(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  const code = diagnostic.code;
  if (typeof code !== 'object' || diagnostic.source !== 'regbrev') return diagnostic;
  const target = vscode.Uri.parse(`command:${SHOW_RULE_COMMAND}?${encodeURIComponent(JSON.stringify([String(code.value)]))}`);
  diagnostic.code = { value: code.value, target };
  return diagnostic;
}

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    synchronize: {
      configurationSection: 'regbrev',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'),
    },
    initializationOptions: { settings: vscode.workspace.getConfiguration().get('regbrev') },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(ruleLink)),
    },
  };
  return new LanguageClient('regbrev', 'regbrev', serverOptions, clientOptions);
}
