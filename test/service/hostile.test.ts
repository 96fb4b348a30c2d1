// Hostile and broken input never throws and takes bounded time: deep nesting, alias bombs, long formula
// chains, binary garbage.
import { strict as assert } from 'node:assert';
import { parseFormula } from '../../server/src/service/formula/parser';
import { createLanguageService } from '../../server/src/service/index';
import { parseFixture, serviceFor, uriOf } from '../helpers/fixture';

function analyzeOne(text: string): number {
  const service = createLanguageService();
  service.setFile({ uri: 'file:///x/kapitel.yaml', text });
  const started = Date.now();
  service.analyze();
  service.complete('file:///x/kapitel.yaml', Math.floor(text.length / 2));
  service.hover('file:///x/kapitel.yaml', Math.floor(text.length / 2));
  service.documentSymbols('file:///x/kapitel.yaml');
  service.foldingRanges('file:///x/kapitel.yaml');
  return Date.now() - started;
}

describe('hostile input', function () {
  this.timeout(60000);

  it('refuses formulas nested beyond reason with a syntax error', () => {
    const deep = `${'('.repeat(50000)}1${')'.repeat(50000)}`;
    const p = parseFormula(deep);
    assert.ok(p.error);
    assert.match(p.error.message.en, /nests deeper/);
  });

  it('survives deeply nested YAML', () => {
    assert.ok(analyzeOne(`typ: kapitel\nrubrik: x\ntext: ${'['.repeat(20000)}${']'.repeat(20000)}\n`) < 20000);
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
    assert.ok(analyzeOne(garbage) < 20000);
    assert.ok(analyzeOne('') < 20000);
    assert.ok(analyzeOne('typ: kapitel\n') < 20000);
  });

  it('bounds a long chain of computed cells', () => {
    // Each row depends on the next, so that evaluating the first one would recurse through all of them.
    const rows: string[] = [];
    for (let i = 0; i < 3000; i++) rows.push(`      - { id: r${i}, rubrik: r${i}, formel: r${i + 1} + 1 }`);
    rows.push('      - { id: r3000, rubrik: r3000, värden: [1] }');
    const files = parseFixture('');
    files.set('resultat.yaml', `${files.get('resultat.yaml')!}\ntabeller:\n  - id: Kedja\n    enhet: antal\n    kolumner: [{ id: v, rubrik: v }]\n    rader:\n${rows.join('\n')}\n`);
    const service = serviceFor(files);
    const started = Date.now();
    const problems = service.problems(uriOf('resultat.yaml'));
    assert.ok(Date.now() - started < 20000);
    assert.ok(problems.some((p) => p.code === 'formula-error' && /chain|kedja/.test(p.message.sv + p.message.en)));
  });
});
