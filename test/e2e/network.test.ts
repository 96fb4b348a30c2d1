// No network, proven: `regbrev check`, the language server and `regbrev render --pdf` run under strace,
// which records every socket the processes and their children create. check and the server create no
// inet socket at all. Chromium, for the PDF, gets every background-network feature off and host
// resolution mapped to nothing, and runs in a network namespace of its own with no interface: it resolves
// no host and reaches no address. What strace still sees of it is one UDP socket of its IPv6 reachability
// probe (a connect() that sends nothing, which no Chromium flag turns off), and in the empty namespace
// that connect fails. strace and Chromium are system packages (scripts/test-deps.sh installs them); without
// them this test fails rather than skips.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, SERVER } from '../helpers/lspClient';
import { SAMPLE_DIR } from '../helpers/sample';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
// -ff: one log per process, so that no call is split over lines by another process's output.
const STRACE = ['strace', '-ff', '-qq', '-e', 'trace=socket,connect,sendto,sendmsg,unshare'];
const CHROMIUM = process.env.REGBREV_CHROMIUM ?? '/usr/bin/chromium';

interface Trace {
  /** socket() calls for AF_INET or AF_INET6, as strace prints them. */
  readonly inetSockets: string[];
  /** connect(), sendto() and sendmsg() calls to an inet address. */
  readonly inetCalls: string[];
  readonly unshareNet: boolean;
}

/** The calls of every process traced into `<log>.<pid>`. */
function readTrace(log: string): Trace {
  const folder = dirname(log);
  const lines = readdirSync(folder)
    .filter((n) => n.startsWith(`${basename(log)}.`))
    .flatMap((n) => readFileSync(join(folder, n), 'utf8').split('\n'));
  assert.ok(lines.length > 1, `strace wrote ${log}.*`);
  return {
    inetSockets: lines.filter((l) => /socket\(AF_INET6?,/.test(l)),
    inetCalls: lines.filter((l) => /(connect|sendto|sendmsg)\(.*sa_family=AF_INET6?/.test(l)),
    unshareNet: lines.some((l) => /unshare\(.*CLONE_NEWNET/.test(l)),
  };
}

describe('e2e: no network', function () {
  this.timeout(240000);
  let dir: string;

  before(() => {
    assert.equal(spawnSync('strace', ['-V']).status, 0, 'strace saknas: apt-get install -y strace / strace is missing: apt-get install -y strace');
    assert.ok(existsSync(CLI) && existsSync(SERVER), 'dist/ is built (npm install builds it)');
    dir = mkdtempSync(join(tmpdir(), 'regbrev-network-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('check opens no inet socket', () => {
    const log = join(dir, 'check.strace');
    const r = spawnSync(STRACE[0], [...STRACE.slice(1), '-o', log, process.execPath, CLI, 'check', SAMPLE_DIR], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const trace = readTrace(log);
    assert.deepEqual(trace.inetSockets, []);
    assert.deepEqual(trace.inetCalls, []);
  });

  it('the language server opens no inet socket while it reads, checks and answers', async () => {
    const log = join(dir, 'server.strace');
    const work = join(dir, 'sample');
    cpSync(SAMPLE_DIR, work, { recursive: true });
    const client = LspClient.start([...STRACE, '-o', log, process.execPath, SERVER, '--stdio']);
    try {
      await client.initialize(pathToFileURL(work).toString());
      // The workspace was read and analysed once the first analysis is announced.
      await client.waitFor(() => client.generation >= 1, 60000);
      const chapter = pathToFileURL(join(work, 'kapitel', '10-regeringsuppdrag-och-aterrapporteringskrav.yaml')).toString();
      const text = readFileSync(join(work, 'kapitel', '10-regeringsuppdrag-och-aterrapporteringskrav.yaml'), 'utf8');
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: chapter, languageId: 'yaml', version: 1, text } });
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: chapter }, position: { line: 5, character: 4 } });
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: chapter }, position: { line: 5, character: 4 } });
    } finally {
      await client.stop();
    }
    // strace writes its log as the traced process goes; it is complete once strace has exited.
    await new Promise<void>((resolve) => (client.child.exitCode !== null ? resolve() : client.child.on('exit', () => resolve())));
    const trace = readTrace(log);
    assert.deepEqual(trace.inetSockets, []);
    assert.deepEqual(trace.inetCalls, []);
  });

  it('render --pdf resolves no host and reaches no address: Chromium runs offline in its own network namespace', () => {
    assert.ok(existsSync(CHROMIUM), `Chromium saknas på ${CHROMIUM} / Chromium is missing at ${CHROMIUM}`);
    const log = join(dir, 'render.strace');
    const out = join(dir, 'out');
    const r = spawnSync(STRACE[0], [...STRACE.slice(1), '-o', log, process.execPath, CLI, 'render', SAMPLE_DIR, '-o', out, '--pdf'], {
      encoding: 'utf8', env: { ...process.env, REGBREV_CHROMIUM: CHROMIUM },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(join(out, 'arsredovisning.pdf')).subarray(0, 5).toString('latin1'), '%PDF-');
    const trace = readTrace(log);
    assert.ok(trace.unshareNet, 'Chromium is started in a new network namespace');
    // No stream socket (no TCP), no DNS, and nothing that reaches an address: every inet call failed.
    assert.deepEqual(trace.inetSockets.filter((l) => !/SOCK_DGRAM/.test(l)), []);
    assert.deepEqual(trace.inetCalls.filter((l) => /htons\(53\)/.test(l)), [], 'no name lookup');
    assert.deepEqual(trace.inetCalls.filter((l) => !/= -1 E(NETUNREACH|ADDRNOTAVAIL|HOSTUNREACH)/.test(l)), [], 'every inet call fails');
    // What remains is the IPv6 reachability probe, at most one UDP socket per network process.
    assert.deepEqual(trace.inetCalls.filter((l) => !/2001:4860:4860::8888/.test(l)), []);
  });
});
