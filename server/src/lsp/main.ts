// Entry point of the language server (dist/server.js): the transport is chosen from the command line
// (--stdio, --node-ipc or --socket=N), as vscode-languageserver does.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

export function runServer(): void {
  startServer(createConnection(ProposedFeatures.all));
}

if (require.main === module) runServer();
