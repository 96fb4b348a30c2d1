// Hostile and broken input never throws: deep nesting, alias bombs, long formula chains, binary garbage,
// paths out of the report, files beyond the limits, aliases under completion, CR-only line ends and
// collection keys. Nothing here times anything: what must hold is what comes back.
import { strict as assert } from 'node:assert';
import { parseFormula } from '../../server/src/service/formula/parser';
import { createLanguageService } from '../../server/src/service/index';
import type { LanguageService } from '../../server/src/service/index';
import { parseFixture, serviceFor, uriOf } from '../helpers/fixture';

const URI = 'file:///x/kapitel.yaml';

/** Runs every feature at the middle of a single file and returns what the service reported as caught. */
function exercise(text: string): { service: LanguageService; errors: unknown[] } {
  const errors: unknown[] = [];
  const service = createLanguageService({}, { onError: (_where, e) => errors.push(e) });
  service.setFile({ uri: URI, text });
  const at = Math.floor(text.length / 2);
  service.analyze();
  service.complete(URI, at);
  service.hover(URI, at);
  service.definition(URI, at);
  service.references(URI, at, true);
  service.documentSymbols(URI);
  service.foldingRanges(URI);
  service.codeLenses(URI);
  service.codeActions(URI, { start: 0, end: text.length });
  return { service, errors };
}

describe('hostile input', function () {
  this.timeout(60000);

  it('refuses formulas nested beyond reason with a syntax error', () => {
    const deep = `${'('.repeat(50000)}1${')'.repeat(50000)}`;
    const p = parseFormula(deep);
    assert.ok(p.error);
    assert.match(p.error.message.en, /nests deeper/);
  });

  it('reads braces in a text that a claim never closes, or closes after a long run of spaces', () => {
    // A single pattern for the whole claim took cubic time here: 20 000 spaces would not finish in this test.
    const files = parseFixture('');
    const spaces = ' '.repeat(20000);
    const text = `    text: "Ökningen var {1 =${spaces}x och {2 = T1.a.år2024${spaces}%} och {3 =${spaces}"`;
    files.set('resultat.yaml', files.get('resultat.yaml')!.replace('    text: Servicen har utvecklats väl.', text));
    const problems = serviceFor(files).problems(uriOf('resultat.yaml'));
    // The second brace is a claim in per cent: T1.a is 10 in 2024, not 2.
    assert.ok(problems.some((p) => p.code === 'prose-inconsistent' && /10/.test(p.message.en)), problems.map((p) => p.message.en).join('\n'));
  });

  it('survives deeply nested YAML with a finding, not an exception', () => {
    const { service, errors } = exercise(`typ: kapitel\nrubrik: x\ntext: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    assert.deepEqual(errors, []);
    assert.ok(service.problems(URI).length > 0);
  });

  it('refuses alias bombs', () => {
    const lines = ['typ: kapitel', 'rubrik: x', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const service = createLanguageService();
    service.setFile({ uri: 'file:///x/bomb.yaml', text: lines.join('\n') });
    const problems = service.problems('file:///x/bomb.yaml');
    assert.ok(problems.some((p) => p.code === 'yaml-syntax'));
  });

  it('survives binary garbage and empty files', () => {
    const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    for (const text of [garbage, '', 'typ: kapitel\n']) assert.deepEqual(exercise(text).errors, [], JSON.stringify(text.slice(0, 20)));
  });

  it('bounds a long chain of computed cells', () => {
    // Each row depends on the next, so that evaluating the first one would recurse through all of them.
    const rows: string[] = [];
    for (let i = 0; i < 3000; i++) rows.push(`      - { id: r${i}, rubrik: r${i}, formel: r${i + 1} + 1 }`);
    rows.push('      - { id: r3000, rubrik: r3000, värden: [1] }');
    const files = parseFixture('');
    files.set('resultat.yaml', `${files.get('resultat.yaml')!}\ntabeller:\n  - id: Kedja\n    enhet: antal\n    kolumner: [{ id: v, rubrik: v }]\n    rader:\n${rows.join('\n')}\n`);
    const problems = serviceFor(files).problems(uriOf('resultat.yaml'));
    assert.ok(problems.some((p) => p.code === 'formula-error' && /chain|kedja/.test(p.message.sv + p.message.en)));
  });

  it('lists a bounded number of related cells for a formula over a whole table', () => {
    // 600 rows that each claim to be the sum of the table: each finding used to carry every row as a
    // related location, located one by one, which took cubic time and ran out of memory at 1 000 rows.
    const rows = Array.from({ length: 600 }, (_, i) => `      - { id: r${i}, rubrik: r${i}, värden: [${i}], formel: sum(*) }`);
    const files = parseFixture('');
    files.set('resultat.yaml', `${files.get('resultat.yaml')!}\ntabeller:\n  - id: Summor\n    enhet: antal\n    kolumner: [{ id: v, rubrik: v }]\n    rader:\n${rows.join('\n')}\n`);
    const problems = serviceFor(files).problems(uriOf('resultat.yaml')).filter((p) => p.code === 'calc-inconsistent');
    assert.ok(problems.length > 500);
    assert.ok(problems.every((p) => (p.related?.length ?? 0) <= 13), String(Math.max(...problems.map((p) => p.related?.length ?? 0))));
  });

  describe('paths a manifest names', () => {
    const paths = ['//x/k.yaml', 'file://host/k.yaml', '\\\\server\\share\\k.yaml', '/etc/passwd', '../../k.yaml', '%2e%2e/%2e%2e/k.yaml'];

    it('are findings on their entries, and never files to read, when they leave the report', () => {
      const files = parseFixture('');
      const manifest = files.get('arsredovisning.yaml')!.replace('  - finans.yaml', ['  - finans.yaml', ...paths.map((p) => `  - ${JSON.stringify(p)}`)].join('\n'));
      files.set('arsredovisning.yaml', manifest);
      const service = serviceFor(files);
      const uri = uriOf('arsredovisning.yaml');
      const invalid = service.problems(uri).filter((p) => p.code === 'invalid-path');
      // %2e%2e is a file name here, not "..": it stays inside the report and is merely missing.
      assert.equal(invalid.length, paths.length - 1, invalid.map((p) => p.message.en).join('\n'));
      for (const p of invalid) assert.ok(p.range.start > manifest.indexOf('kapitel:'));
      const refs = service.referencedUris(uri);
      assert.ok(refs.every((r) => r.startsWith('file:///fixture/')), refs.join('\n'));
      assert.ok(refs.includes('file:///fixture/%252e%252e/%252e%252e/k.yaml'));
    });
  });

  describe('limits', () => {
    it('gives a file beyond the size limit one finding and analyses nothing of it', () => {
      // 1.2 MB of well-formed chapter, with a schema error that is not reported because the file is not read.
      const text = `typ: kapitel\nrubrik: Stor\nokänd: 1\ntext: "${'a'.repeat(1_200_000)}"\n`;
      const { service, errors } = exercise(text);
      assert.deepEqual(errors, []);
      assert.deepEqual(service.problems(URI).map((p) => [p.code, p.range.start]), [['file-too-large', 0]]);
      assert.deepEqual(service.complete(URI, 5), []);
      assert.equal(service.hover(URI, 5), undefined);
      // A caller that knows the size from the disk may hand in the size without the text.
      const sized = createLanguageService();
      sized.setFile({ uri: URI, text: '', size: 50_000_000 });
      assert.deepEqual(sized.problems(URI).map((p) => p.code), ['file-too-large']);
      // With the limit raised, the same file is analysed.
      service.configure({ maxFileSize: 10_000_000 });
      assert.ok(service.problems(URI).some((p) => p.code === 'schema'));
    });

    it('gives a file beyond the node limit one finding', () => {
      const text = `typ: kapitel\nrubrik: Många\nx: [${Array(150_000).fill('0').join(',')}]\n`;
      const service = createLanguageService();
      service.setFile({ uri: URI, text });
      assert.deepEqual(service.problems(URI).map((p) => p.code), ['file-too-large']);
      assert.match(service.problems(URI)[0].message.en, /more than 100\u00a0000/);
    });

    it('takes nonsense limits as the defaults', () => {
      const service = createLanguageService({ maxFileSize: -1, maxNodes: Number.NaN });
      assert.equal(service.settings.maxFileSize, 1_000_000);
      assert.equal(service.settings.maxNodes, 100_000);
    });
  });

  describe('completion', () => {
    it('does not throw on an alias its placeholder leaves unresolved', () => {
      const { service, errors } = exercise('typ: kapitel\nrubrik: &x R\ntext: *x\n');
      assert.deepEqual(errors, []);
      for (let offset = 0; offset <= 30; offset++) assert.ok(Array.isArray(service.complete(URI, offset)));
      assert.deepEqual(errors, []);
    });

    it('does not throw on more aliases than the parser allows', () => {
      const text = `typ: kapitel\nrubrik: R\na: &a [x]\nb: [${Array(150).fill('*a').join(', ')}]\n\n`;
      const { service, errors } = exercise(text);
      assert.ok(Array.isArray(service.complete(URI, text.length - 1)));
      assert.deepEqual(errors, []);
    });
  });

  describe('every entry point is guarded', () => {
    it('answers with its empty result and reports what it caught', () => {
      const caught: string[] = [];
      const service = createLanguageService({}, { onError: (where) => caught.push(where) });
      service.setFile({ uri: URI, text: 'typ: kapitel\nrubrik: R\n' });
      // An offset that is no number: the features fail inside, the caller gets nothing and no exception.
      const offset = Symbol('no offset') as unknown as number;
      assert.equal(service.hover(URI, offset), undefined);
      assert.deepEqual(service.complete(URI, offset), []);
      assert.deepEqual(service.definition(URI, offset), []);
      assert.deepEqual(caught, ['hover', 'complete', 'definition']);
    });
  });

  describe('line ends and keys', () => {
    it('reads a file with CR-only line ends', () => {
      const service = createLanguageService();
      service.setFile({ uri: URI, text: 'typ: kapitel\rnummer: "1"\rrubrik: Rubrik\rtext: Text.\r' });
      assert.equal(service.getFile(URI)?.kind, 'kapitel');
      assert.deepEqual(service.problems(URI).filter((p) => p.severity !== 'info').map((p) => p.code), []);
    });

    it('reports a collection key where it stands, and prints nothing', () => {
      const warnings: unknown[] = [];
      const emit = process.emitWarning;
      process.emitWarning = ((w: unknown) => void warnings.push(w)) as typeof process.emitWarning;
      try {
        const text = 'typ: kapitel\nrubrik: R\n? [a, b]\n: x\n';
        const service = createLanguageService();
        service.setFile({ uri: URI, text });
        const problems = service.problems(URI);
        assert.deepEqual(problems.map((p) => [p.code, p.range.start]), [['yaml-syntax', text.indexOf('[a, b]')]]);
      } finally {
        process.emitWarning = emit;
      }
      assert.deepEqual(warnings, []);
    });
  });
});
