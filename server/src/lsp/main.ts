// Starts the language server; the transport is chosen from the command line (--stdio, --node-ipc or
// --socket=N), as vscode-languageserver does. dist/server.js runs it through entry.ts; `regbrev lsp`
// through the CLI. This module has no side effect of its own, so that bundling it is safe.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

export function runServer(): void {
  startServer(createConnection(ProposedFeatures.all));
}
