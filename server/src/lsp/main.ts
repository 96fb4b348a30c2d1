// Starts the language server; the transport is chosen from the command line (--stdio, --node-ipc or
// --socket=N), as vscode-languageserver does. dist/server.js runs it through entry.ts; `regbrev lsp`
// through the CLI. This module has no side effect of its own, so that bundling it is safe.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { exitOnReaderFailure, transportFromArgs } from './transport';

/**
 * An exception nothing caught (in a dependency's callback, say) is logged and the server goes on: every
 * handler of its own is guarded, and ending the server would lose the client's unsaved texts.
 */
function logUncaught(): void {
  process.on('uncaughtException', (e) => {
    process.stderr.write(`regbrev: oväntat fel / uncaught exception: ${(e as Error).stack ?? e}\n`);
  });
  process.on('unhandledRejection', (e) => {
    process.stderr.write(`regbrev: oväntat fel / unhandled rejection: ${(e as Error)?.stack ?? e}\n`);
  });
}

export function runServer(): void {
  logUncaught();
  const transport = transportFromArgs(process.argv.slice(2));
  if (!transport) {
    // No transport named: the library says which ones it takes.
    startServer(createConnection(ProposedFeatures.all));
    return;
  }
  if (transport.stdio) {
    // stdout carries the protocol; anything a dependency logs goes to stderr, which clients show.
    console.log = console.info = console.warn = console.error;
  }
  let shutdown = false;
  exitOnReaderFailure(transport.reader, transport.writer, () => shutdown);
  const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer);
  startServer(connection, () => {
    shutdown = true;
  });
}
