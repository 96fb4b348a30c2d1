// A minimal LSP client over stdio for protocol tests: starts the built server, speaks JSON-RPC through
// vscode-jsonrpc, and waits for diagnostics by polling notifications, never by sleeping a fixed time.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export class LspClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  /** Every publication, in the order they came. */
  readonly publications: PublishDiagnosticsParams[] = [];
  /** The generation of the last `regbrev/analysis` notification, -1 before the first. */
  generation = -1;
  private readonly waiters: (() => void)[] = [];
  readonly stderr: string[] = [];

  private constructor(readonly child: ChildProcess, command: string[]) {
    void command;
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
      this.publications.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onNotification('regbrev/analysis', (p: { generation: number }) => {
      this.generation = p.generation;
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection.listen();
  }

  settings: unknown = { language: 'sv' };

  static start(command: string[] = ['node', SERVER, '--stdio']): LspClient {
    const child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    return new LspClient(child, command);
  }

  /** Initialises with the client's locale (Swedish unless told otherwise, as the tests' messages are). */
  async initialize(rootUri: string, locale = 'sv'): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      locale,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'root' }],
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves when `predicate` holds, re-checking at each publication and analysis notification. */
  async waitFor(predicate: () => boolean, timeoutMs = 20000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for the server');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    this.child.kill();
  }
}
