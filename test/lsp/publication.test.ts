// What the server publishes: an open file once per analysed version, an empty list included, and only
// findings of the version a publication names, however fast the edits come.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';
import { SAMPLE_DIR } from '../helpers/sample';

describe('the server’s publications', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  const ch4 = 'kapitel/04-verksamhetens-intakter-och-kostnader.yaml';
  let uri: string;
  let text: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'regbrev-publish-'));
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    client = LspClient.start();
    await client.initialize(pathToFileURL(dir).toString());
    await client.waitFor(() => client.generation >= 1);
    uri = pathToFileURL(join(dir, ch4)).toString();
    text = readFileSync(join(dir, ch4), 'utf8');
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes a clean open file with an empty list', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await client.waitFor(() => client.diagnostics.get(uri)?.version === 1);
    assert.deepEqual(client.diagnostics.get(uri)!.diagnostics, []);
  });

  it('publishes the one finding of a file whose typ is a near miss, and none for other YAML', async () => {
    const miss = pathToFileURL(join(dir, 'utkast.yaml')).toString();
    const other = pathToFileURL(join(dir, 'ci.yaml')).toString();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: miss, languageId: 'yaml', version: 1, text: 'typ: Kapitell\nrubrik: Utkast\n' } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'name: ci\non: push\n' } });
    await client.waitFor(() => client.diagnostics.get(miss)?.version === 1);
    assert.deepEqual(client.diagnostics.get(miss)!.diagnostics.map((d) => d.code), ['unknown-kind']);
    assert.match(client.diagnostics.get(miss)!.diagnostics[0].message, /kapitel/);
    assert.equal(client.diagnostics.get(other), undefined);
  });

  it('never publishes findings of another version than the one it names, in a burst of edits', async () => {
    // Version v prints -9.v in Tabell 1, so that a finding tells which text it came from.
    const figure = (v: number) => `-9.${v}`;
    for (let v = 2; v <= 9; v++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ text: text.replace('värden: [-3.7, 9.3, 11.9]', `värden: [${figure(v)}, 9.3, 11.9]`) }],
      });
      if (v % 3 === 0) await new Promise((r) => setTimeout(r, 40));
    }
    await client.waitFor(() => client.diagnostics.get(uri)?.version === 9);
    const ours = client.publications.filter((p) => p.uri === uri && (p.version ?? 0) >= 2);
    assert.ok(ours.length >= 1);
    for (const p of ours) {
      const finding = p.diagnostics.find((d) => d.code === 'calc-inconsistent');
      assert.ok(finding, `version ${p.version} has its finding`);
      assert.match(finding.message, new RegExp(`tryckt −?-?9,${p.version}\\b`), `version ${p.version}: ${finding.message}`);
    }
    const versions = ours.map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'in order');
  });
});
