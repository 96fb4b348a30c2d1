// The architecture invariants that a test can hold (ARCHITECTURE.md names this test beside each): the
// language service imports no editor or protocol runtime and touches no files, processes or network; the
// LSP layer and the CLI do not import each other and reach the service through its facade alone, whose
// answers are plain data; LSP shapes are built in lsp/toLsp.ts only; every package imported is declared.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { parseFixture, serviceFor } from '../helpers/fixture';
import { sampleService } from '../helpers/sample';

const SRC = join(__dirname, '..', '..', 'server', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
}

describe('architecture invariants', () => {
  it('the service imports only pure packages and its own modules', () => {
    // d3-scale is arithmetic only (scales, nice ticks, band layout) and touches no DOM; the charts' SVG is
    // written by the renderer itself. markdown-it turns text into HTML and does nothing else.
    const allowed = /^(\.|yaml$|ajv($|\/)|d3-scale$|markdown-it$|vscode-languageserver-types$|vscode-languageserver-textdocument$)/;
    const bad = files(join(SRC, 'service')).flatMap((f) => imports(f).filter((i) => !allowed.test(i)).map((i) => `${relative(SRC, f)}: ${i}`));
    assert.deepEqual(bad, []);
  });

  it('the service does no I/O', () => {
    const io = /\b(require\(|process\.|fetch\(|XMLHttpRequest|child_process|__dirname)/;
    const bad = files(join(SRC, 'service')).filter((f) => io.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    assert.deepEqual(bad, []);
  });

  it('the service never reaches into the LSP layer or the CLI, and those two stay apart', () => {
    const crossing = (from: string, forbidden: RegExp) =>
      files(join(SRC, from)).flatMap((f) => imports(f).filter((i) => forbidden.test(i)).map((i) => `${relative(SRC, f)}: ${i}`));
    assert.deepEqual(crossing('service', /\/(lsp|cli)\//), []);
    assert.deepEqual(crossing('lsp', /\/cli\//), []);
    // The CLI may start the server (`regbrev lsp`) through its entry module only.
    assert.deepEqual(crossing('cli', /\/lsp\/(?!main$)/), []);
  });

  it('the LSP layer, the CLI and the shared protocol reach the service through service/index.ts only', () => {
    const deep = ['lsp', 'cli', 'shared'].flatMap((dir) =>
      files(join(SRC, dir)).flatMap((f) => imports(f).filter((i) => /\/service\//.test(i) && !/\/service\/index$/.test(i)).map((i) => `${relative(SRC, f)}: ${i}`)));
    assert.deepEqual(deep, []);
  });

  it('builds LSP shapes in lsp/toLsp.ts only', () => {
    // Positions, markup, diagnostics, completion and symbol kinds are the LSP's; the other files of the
    // layer pass the service's answers through toLsp.ts (offsetAt, reading the client's position, is input).
    const shapes = /\.positionAt\(|MarkupKind|DiagnosticSeverity|DiagnosticTag|CompletionItemKind|SymbolKind|InsertTextFormat|CodeActionKind\.(?!QuickFix\])/;
    const bad = files(join(SRC, 'lsp')).filter((f) => !f.endsWith('toLsp.ts') && shapes.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    assert.deepEqual(bad, []);
  });

  it('declares every package the code imports', () => {
    const pkg = JSON.parse(readFileSync(join(SRC, '..', '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
    const builtins = new Set(builtinModules);
    const packageOf = (i: string) => (i.startsWith('@') ? i.split('/').slice(0, 2).join('/') : i.split('/')[0]);
    const roots = [SRC, join(SRC, '..', '..', 'client', 'src'), join(SRC, '..', '..', 'client', 'webview')];
    const bad = roots.flatMap((root) => files(root).flatMap((f) => imports(f)
      .filter((i) => !i.startsWith('.') && !i.startsWith('node:') && !builtins.has(i) && i !== 'vscode')
      .filter((i) => !declared.has(packageOf(i)))
      .map((i) => `${relative(join(SRC, '..', '..'), f)}: ${i}`)));
    assert.deepEqual(bad, []);
  });

  it('the facade answers in plain data: no engine, no YAML document, no model object with methods', () => {
    const service = sampleService();
    const manifest = service.uris().find((u) => u.endsWith('arsredovisning.yaml'))!;
    const chapter = service.uris().find((u) => u.includes('/kapitel/'))!;
    const text = service.getFile(chapter)!.text;
    const offset = text.indexOf('besvarar') + 12;
    const answers: Record<string, unknown> = {
      getFile: service.getFile(chapter),
      analyze: service.analyze(),
      reportOf: service.reportOf(chapter),
      problems: service.problems(manifest),
      preview: service.preview(chapter),
      coverage: service.coverage(),
      computedTables: service.computedTables(chapter),
      figures: service.figures(manifest),
      complete: service.complete(chapter, offset),
      hover: service.hover(chapter, offset),
      definition: service.definition(chapter, offset),
      references: service.references(chapter, offset, true),
      documentSymbols: service.documentSymbols(chapter),
      foldingRanges: service.foldingRanges(chapter),
      codeLenses: service.codeLenses(service.uris().find((u) => u.endsWith('regleringsbrev.yaml'))!),
      codeActions: service.codeActions(chapter, { start: 0, end: text.length }),
      render: service.render(manifest, { checks: true }),
      derivedSchema: service.derivedSchema(service.uris().find((u) => u.endsWith('regleringsbrev.yaml'))!),
    };
    const plainProto = new Set<unknown>([Object.prototype, Array.prototype, Map.prototype, Set.prototype, null]);
    const bad: string[] = [];
    const seen = new Set<unknown>();
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'function') bad.push(`${path}: a function`);
      if (v === null || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      if (!plainProto.has(Object.getPrototypeOf(v))) bad.push(`${path}: ${(v as object).constructor?.name}`);
      const entries = v instanceof Map ? [...v.entries()].map(([k, x], i) => [`[${i}:${String(k)}]`, x] as const) : v instanceof Set ? [...v].map((x, i) => [`[${i}]`, x] as const) : Object.entries(v);
      for (const [k, x] of entries) walk(x, `${path}.${k}`);
    };
    for (const [name, answer] of Object.entries(answers)) walk(answer, name);
    assert.deepEqual(bad.slice(0, 10), []);
  });

  it('cuts the trailing whitespace of every finding’s range in the service, so that editor and CLI ranges agree', () => {
    const dir = join(__dirname, '..', 'fixtures', 'rules');
    const services = [sampleService(), ...readdirSync(dir).filter((f) => f.includes('.fail')).map((f) => serviceFor(parseFixture(readFileSync(join(dir, f), 'utf8'))))];
    const bad: string[] = [];
    let blocks = 0;
    for (const service of services) {
      for (const [uri, list] of service.analyze().problems) {
        const text = service.getFile(uri)?.text ?? '';
        for (const p of list) {
          for (const r of [p, ...(p.related ?? [])]) {
            const t = r.uri === uri ? text : service.getFile(r.uri)?.text ?? '';
            if (r.range.end > r.range.start && /\s/.test(t[r.range.end - 1] ?? '')) bad.push(`${p.code} ${r.uri}:${r.range.start}-${r.range.end}`);
            if (/\n/.test(t.slice(r.range.start, r.range.end))) blocks++;
          }
        }
      }
    }
    assert.ok(blocks > 0, 'some findings span several lines');
    assert.deepEqual(bad, []);
  });
});
