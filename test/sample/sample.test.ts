// The real report checks clean: no error and no warning, rounding differences included.
import { strict as assert } from 'node:assert';
import { sampleFiles, sampleService } from '../helpers/sample';
import { internalsOf } from '../../server/src/service/internal';

describe('the SSC 2023 sample', () => {
  const service = sampleService();
  const analysis = internalsOf(service).analysis();
  const all = [...analysis.problems.values()].flat();

  it('has no errors and no warnings', () => {
    const bad = all.filter((p) => p.severity !== 'info').map((p) => `${p.uri.split('/').pop()} ${p.code} ${p.message.en}`);
    assert.deepEqual(bad, []);
  });

  it('is one report with all 37 numbered tables, answering every requirement due in it', () => {
    assert.equal(analysis.projects.length, 1);
    const numbers = new Set(analysis.projects[0].project.tables.flatMap((t) => (t.nummer !== undefined ? [t.nummer] : [])));
    assert.deepEqual([...numbers].sort((a, b) => a - b), Array.from({ length: 37 }, (_, i) => i + 1));
    const summary = all.find((p) => p.code === 'coverage-summary');
    assert.ok(summary?.data);
    assert.equal(summary.data.answered, summary.data.due);
    assert.equal(summary.data.withOutcome, summary.data.indicators);
  });

  it('accepts the rounding differences of the real report (Tabell 31, 32, Not 20)', () => {
    const relations = analysis.projects[0].relations;
    const find = (key: string) => relations.filter((r) => r.target === key);
    for (const key of ['T32.summa_skulder.år2023', 'T31.summa_immateriella.år2023']) {
      assert.ok(find(key).length > 0, `${key} is checked`);
      assert.ok(find(key).every((r) => r.consistent), `${key} is consistent`);
    }
    const note20 = relations.filter((r) => r.table === 'N20');
    assert.ok(note20.length > 0 && note20.every((r) => r.consistent));
  });

  it('checks the figures its texts state against the tables: each changed is an error on that figure', () => {
    const claims = analysis.projects[0].claims.results;
    assert.ok(claims.length >= 19, `${claims.length} claims`);
    assert.ok(claims.every((c) => c.holds === true), 'every claim holds as printed');
    const files = sampleFiles();
    const missed: string[] = [];
    for (const c of claims) {
      const text = files.get(c.at.uri)!;
      const at = text.indexOf(c.claim.text);
      assert.ok(at >= 0, `${c.claim.text} stands on one line of ${c.at.uri}`);
      const figureAt = at + c.claim.text.indexOf(c.claim.figure);
      // The first digit one up (a nine one down), so that the figure keeps its form: 48 685 becomes 58 685. A
      // bound holds on one side only: its figure is moved across, to 9… for an upper one ({37,6 <= x}: the
      // text's figure at most x) and to 1… for a lower one.
      const digitAt = figureAt + c.claim.figure.search(/\d/);
      const d = Number(text[digitAt]);
      const upper = c.claim.op === '<' || c.claim.op === '<=';
      const lower = c.claim.op === '>' || c.claim.op === '>=';
      const to = upper ? 9 : lower ? 1 : d === 9 ? 8 : d + 1;
      assert.notEqual(to, d, `${c.claim.text}: the figure changes`);
      const changedText = text.slice(0, digitAt) + String(to) + text.slice(digitAt + 1);
      const changed = sampleService(new Map([...files, [c.at.uri, changedText]]));
      const found = [...changed.analyze().problems.values()].flat().some((p) => p.code === 'prose-inconsistent' && p.uri === c.at.uri && p.range.start === figureAt);
      if (!found) missed.push(c.claim.text);
    }
    assert.deepEqual(missed, []);
  });
});
