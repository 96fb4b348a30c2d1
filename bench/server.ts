// A language server under measurement: started over stdio, spoken to through vscode-jsonrpc, with its
// publications timed and its CPU time and peak memory read from /proc (the same way for regbrev and for
// the peer, so that the two are compared in one run).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';

/** Clock ticks per second of /proc's CPU times; 100 on Linux. */
const TICKS = 100;

export interface Publication {
  readonly uri: string;
  readonly version?: number;
  readonly count: number;
  readonly at: number;
}

export class MeasuredServer {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly publications: Publication[] = [];
  private readonly waiters: (() => void)[] = [];
  private version = 1;
  settings: Record<string, unknown> = {};
  /** When the process was started, on this process's clock: where a CPU profile of it begins. */
  readonly startedAt = performance.now();

  constructor(command: readonly string[]) {
    this.child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'ignore'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      this.publications.push({ uri: p.uri, version: p.version, count: p.diagnostics.length, at: performance.now() });
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onNotification(() => undefined);
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section ? this.settings[i.section] ?? null : this.settings)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid!;
  }

  async initialize(rootUri: string, initializationOptions?: unknown): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      locale: 'sv',
      workspaceFolders: [{ uri: rootUri, name: 'root' }],
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, synchronization: { didSave: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  async open(uri: string, text: string): Promise<number> {
    const version = this.version++;
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    return version;
  }

  /** Sends one incremental change; returns its version and when it was sent. */
  async change(uri: string, range: { start: Pos; end: Pos }, text: string): Promise<{ version: number; at: number }> {
    const version = this.version++;
    const at = performance.now();
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return { version, at };
  }

  /**
   * Waits for the publication for `uri` that reflects the change sent at `after`: for a server that tags
   * its publications with versions, the one with `version`; otherwise the first one after `after`.
   */
  async published(uri: string, after: number, version: number, timeoutMs = 30000): Promise<Publication> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.publications.find((p) => p.uri === uri && p.at >= after && (p.version === undefined || p.version === version));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no publication for ${uri} (version ${version})`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits until `predicate` holds over the publications so far. */
  async until(predicate: (pubs: readonly Publication[]) => boolean, timeoutMs = 120000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.publications)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for the server');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** The CPU time of the server process (every thread), in milliseconds. */
  cpuMs(): number {
    let ticks = 0;
    for (const task of readdirSync(`/proc/${this.pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${this.pid}/task/${task}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // A thread that ended meanwhile.
      }
    }
    return (ticks * 1000) / TICKS;
  }

  /** The peak resident set of the server process, in MB. */
  peakRssMb(): number {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // Gone already.
    }
    // Let the server exit on its own (a profile is written then), and end it only if it does not.
    await Promise.race([
      new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve()))),
      new Promise<void>((resolve) => setTimeout(resolve, 3000)),
    ]);
    this.connection.dispose();
    this.child.kill();
  }
}

export interface Pos {
  readonly line: number;
  readonly character: number;
}

export function positionOf(text: string, offset: number): Pos {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
