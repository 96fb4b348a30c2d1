// The preview and the language over the protocol: `regbrev/preview` renders the chapter of a file from the
// editor's unsaved text, tied to source lines, and renders again after `regbrev/analysis` announces a new
// analysis; the server speaks the client's locale unless `regbrev.language` says otherwise.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PreviewResult } from '../../server/src/shared/protocol';
import { LspClient } from '../helpers/lspClient';
import { SAMPLE_DIR } from '../helpers/sample';

const ROOT = join(__dirname, '..', '..');

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the text`);
  return text.slice(0, at).split('\n').length - 1;
}

describe('the preview over the protocol', function () {
  this.timeout(60000);
  let dir: string;
  let root: string;
  let client: LspClient;
  const ch4 = 'kapitel/04-verksamhetens-intakter-och-kostnader.yaml';
  const file = (name: string) => `${root}/${name}`;
  const text = () => readFileSync(join(dir, ch4), 'utf8');
  const preview = (name: string) => client.connection.sendRequest('regbrev/preview', { uri: file(name) }) as Promise<PreviewResult>;
  /** The opening tag of the cell whose key is `key`. */
  const cellTag = (html: string, key: string) => {
    const at = html.indexOf(`data-cell="${key}"`);
    assert.ok(at >= 0, `cell ${key} is rendered`);
    return html.slice(html.lastIndexOf('<td', at), html.indexOf('>', at) + 1);
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'regbrev-preview-'));
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    root = pathToFileURL(dir).toString();
    client = LspClient.start();
    await client.initialize(root);
    await client.waitFor(() => client.generation >= 1);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: file(ch4), languageId: 'yaml', version: 1, text: text() } });
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders the chapter of a chapter file, every element tied to a source line', async () => {
    const p = await preview(ch4);
    assert.equal(p.scope, 'chapter');
    assert.equal(p.title, '4 Verksamhetens intäkter och kostnader');
    assert.equal(p.reportUri, file('arsredovisning.yaml'));
    const tables = [...p.html.matchAll(/<table class="report-table" data-table="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(tables, ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
    assert.ok(!/<script/i.test(p.html));
    const tag = cellTag(p.html, 'T1.resultat.år2023');
    const source = p.sources[Number(/data-src="(\d+)"/.exec(tag)![1])];
    assert.equal(source.uri, file(ch4));
    assert.equal(source.startLine, lineOf(text(), '[-3.7, 9.3, 11.9]'));
    assert.ok(p.generation >= 1);
    assert.equal(p.versions[file(ch4)], 1);
    assert.ok(p.html.includes('siffror kontrollerade'));
  });

  it('marks a figure broken in the unsaved text after the next analysis, and unmarks it after the undo', async () => {
    const before = client.generation;
    const broken = text().replace('värden: [-3.7, 9.3, 11.9]', 'värden: [-9.9, 9.3, 11.9]');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: file(ch4), version: 2 }, contentChanges: [{ text: broken }] });
    await client.waitFor(() => client.generation > before);
    const p = await preview(ch4);
    assert.equal(p.versions[file(ch4)], 2);
    assert.match(cellTag(p.html, 'T1.resultat.år2023'), /\bmismatch\b/);
    const marked = client.generation;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: file(ch4), version: 3 }, contentChanges: [{ text: text() }] });
    await client.waitFor(() => client.generation > marked);
    const again = await preview(ch4);
    assert.doesNotMatch(cellTag(again.html, 'T1.resultat.år2023'), /\bmismatch\b/);
  });

  it('renders the whole report from the manifest', async () => {
    const p = await preview('arsredovisning.yaml');
    assert.equal(p.scope, 'report');
    assert.ok(p.html.includes('class="title-page"'));
    assert.ok((p.html.match(/<table class="report-table"/g) ?? []).length >= 69);
  });

  it('says why there is nothing to show for a file of no report', async () => {
    const p = (await client.connection.sendRequest('regbrev/preview', { uri: `${root}/ingen.yaml` })) as PreviewResult;
    assert.equal(p.scope, 'none');
    assert.match(p.message ?? '', /årsredovisning/);
  });
});

describe('the server’s language', function () {
  this.timeout(60000);

  async function firstMessage(locale: string, settings: unknown): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'regbrev-locale-'));
    cpSync(join(ROOT, 'test', 'fixtures', 'base'), dir, { recursive: true });
    cpSync(join(ROOT, 'test', 'cli', 'fixtures', 'seeded'), dir, { recursive: true });
    const client = LspClient.start();
    client.settings = settings;
    try {
      await client.initialize(pathToFileURL(dir).toString(), locale);
      await client.waitFor(() => [...client.diagnostics.values()].some((d) => d.diagnostics.some((x) => x.code === 'form-inconsistent')));
      return [...client.diagnostics.values()].flatMap((d) => d.diagnostics).find((x) => x.code === 'form-inconsistent')!.message;
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('follows the client’s locale when regbrev.language is auto', async () => {
    assert.match(await firstMessage('en-US', { language: 'auto' }), /printed .* stands for/);
    assert.match(await firstMessage('sv-SE', {}), /tryckt .* står för/);
  });

  it('lets regbrev.language override the locale', async () => {
    assert.match(await firstMessage('en', { language: 'sv' }), /tryckt .* står för/);
  });
});
