// The language server over stdio against a hostile client: a malformed frame makes it log and exit with
// an error (so that the client restarts it) instead of staying alive and deaf; a document beyond the size
// limit gets its one finding and the server keeps answering; the limits follow the editor's settings.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, SERVER } from '../helpers/lspClient';
import { BASE_DIR } from '../helpers/fixture';

/** Starts the server, writes `bytes` to it, and resolves with its exit code and stderr once it exits. */
function feed(bytes: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    child.stdout.resume();
    // A deaf server would wait for ever: after 20 s it is stopped, and the test fails on its exit code.
    const deaf = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.on('exit', (code) => {
      clearTimeout(deaf);
      resolve({ code, stderr });
    });
    child.stdin.on('error', () => undefined);
    // The stream stays open: a server that merely waits for more would never exit, and the test times out.
    child.stdin.write(bytes);
  });
}

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const INITIALIZE = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

describe('the language server against a hostile client', function () {
  this.timeout(60000);

  before(() => assert.ok(existsSync(SERVER), 'the server is built (npm install builds dist/)'));

  const malformed: [string, string][] = [
    ['a length that is no number', 'Content-Length: abc\r\n\r\n{}'],
    ['a negative length', 'Content-Length: -5\r\n\r\n{}'],
    ['no length at all', `Content-Type: application/vscode-jsonrpc\r\n\r\n${INITIALIZE}`],
    ['a length shorter than the body', `Content-Length: 5\r\n\r\n${INITIALIZE}`],
    ['a body that is no JSON', frame('{"jsonrpc": "2.0", "id": 1, "method": ')],
    ['a malformed frame after a good one', `${frame(INITIALIZE)}Content-Length: abc\r\n\r\n{}`],
  ];
  for (const [what, bytes] of malformed) {
    it(`logs and exits with an error on ${what}`, async () => {
      const { code, stderr } = await feed(bytes);
      assert.equal(code, 1, stderr);
      assert.match(stderr, /malformed message from the client/);
    });
  }

  describe('with a document beyond the limits', () => {
    let dir: string;
    let client: LspClient;
    const diags = (uri: string): Diagnostic[] => client.diagnostics.get(uri)?.diagnostics ?? [];

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'regbrev-lsp-hostile-'));
      cpSync(BASE_DIR, dir, { recursive: true });
      client = LspClient.start();
      await client.initialize(pathToFileURL(dir).toString());
    });
    after(async () => {
      await client?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('gives a 12 MB document one finding and keeps answering, keystroke after keystroke', async () => {
      const uri = pathToFileURL(join(dir, 'stor.yaml')).toString();
      const big = `typ: kapitel\nrubrik: Stor\ntext: "${'a'.repeat(12_000_000)}"\n`;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: big } });
      await client.waitFor(() => diags(uri).length > 0, 50000);
      assert.deepEqual(diags(uri).map((d) => d.code), ['file-too-large']);
      for (let v = 2; v < 5; v++) {
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 1, character: 8 }, end: { line: 1, character: 8 } }, text: 'x' }] });
        const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
        assert.equal(hover, null);
        const completion = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 3 } });
        assert.deepEqual(completion, []);
      }
      // Another file is still served as usual.
      const other = pathToFileURL(join(dir, 'resultat.yaml')).toString();
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: readFileSync(join(dir, 'resultat.yaml'), 'utf8') } });
      const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: other } });
      assert.ok(Array.isArray(symbols) && symbols.length > 0);
    });

    it('follows regbrev.maxFileSize and regbrev.maxNodes from the settings', async () => {
      const finans = pathToFileURL(join(dir, 'finans.yaml')).toString();
      client.settings = { language: 'en', maxNodes: 200 };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => diags(finans).some((d) => d.code === 'file-too-large'));
      assert.match(diags(finans)[0].message, /more than 200/);
      client.settings = { language: 'en', maxFileSize: 1000 };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => diags(finans).some((d) => d.code === 'file-too-large' && /bytes/.test(d.message)));
      client.settings = { language: 'en' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => !diags(finans).some((d) => d.code === 'file-too-large'));
    });
  });
});
