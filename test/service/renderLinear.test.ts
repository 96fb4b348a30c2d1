// Rendering does work linear in the report: 100 KB of emphasis markers (in a chapter's text and a table's
// remark), 20 000 sections with the same title and a 60 KB caption of "( ( ( …" each render with output
// and work four times as large when the input is four times as large. Work is counted (V8's block
// counts, see test/helpers/work.ts) in a process of its own, and for the caption, whose old cost was
// inside the regex engine, CPU time is compared across the sizes too; no test here depends on how fast
// the machine is.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { IdRegistry } from '../../server/src/service/render/escape';
import { namesUnit } from '../../server/src/service/render/table';
import { cpuGrowth } from '../helpers/work';
import { CASES, renderer } from './renderLinear.cases';

/** Linear growth for 4× the input is 4, quadratic 16; the margin allows for a little n log n. */
const MAX_GROWTH = 6;

describe('rendering in linear time', function () {
  this.timeout(300000);
  let counted: Record<string, { output: number[]; work: number[] }>;

  before(() => {
    const probe = join(__dirname, 'renderLinear.probe.ts');
    const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', probe, ...Object.keys(CASES)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    counted = JSON.parse(out) as typeof counted;
  });

  for (const name of Object.keys(CASES)) {
    it(`renders ${name} with output and work proportional to the input`, () => {
      // Growth of what the input adds to the empty case's fixed part (title page, stylesheet, base report).
      const { output, work } = counted[name];
      const outputGrowth = (output[2] - output[0]) / (output[1] - output[0]);
      const workGrowth = (work[2] - work[0]) / (work[1] - work[0]);
      // At least three times as much output, so that a report that failed to render cannot pass.
      assert.ok(outputGrowth >= 3.5 && outputGrowth <= MAX_GROWTH, `${name}: output grows ${outputGrowth.toFixed(2)}× for 4× the input`);
      assert.ok(workGrowth <= MAX_GROWTH, `${name}: work grows ${workGrowth.toFixed(2)}× for 4× the input (${work.join(' → ')})`);
    });
  }

  it('renders the 60 KB caption in CPU time proportional to it, the regex engine included', () => {
    // The old unit test was one regular expression, whose backtracking V8 does not count as blocks.
    const c = CASES.caption;
    const [small, large] = [renderer(c.make(c.small)), renderer(c.make(4 * c.small))];
    const growth = cpuGrowth((size) => void (size === c.small ? small() : large()), c.small, 4 * c.small);
    assert.ok(growth <= 8, `CPU time grows ${growth.toFixed(2)}× for 4× the caption`);
  });

  it('hands out 20 000 anchors for the same title with one lookup each', () => {
    const ids = new IdRegistry();
    const taken = new Set<string>();
    for (let i = 0; i < 20_000; i++) taken.add(ids.take('avsnitt', 'Samma rubrik'));
    assert.equal(taken.size, 20_000);
    assert.ok(ids.probes <= 2 * 20_000, `${ids.probes} lookups`);
    // Ids that look like suffixed ones stay unique, and as they were before.
    const mixed = new IdRegistry();
    assert.deepEqual(['x', 'x', 'x 2', 'x', 'x 2', 'x-2-2'].map((k) => mixed.take('a', k)), ['a-x', 'a-x-2', 'a-x-2-2', 'a-x-3', 'a-x-2-3', 'a-x-2-2-2']);
  });

  it('finds the unit in a caption exactly as the regular expression it replaces did', () => {
    const before = (text: string, unit: string) => {
      const u = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`\\((?:[^)]*\\s)?${u}(?:\\s[^)]*)?\\)`, 'i').test(text);
    };
    const text = fc.array(fc.constantFrom('(', ')', ' ', '\t', 't', 'k', 'r', 'T', 'K', 'x', '%', 'ö', 'Ö'), { maxLength: 14 }).map((a) => a.join(''));
    const unit = fc.constantFrom('tkr', 'kr', '%', 'ö', 'kk', 't t', 'k)');
    fc.assert(fc.property(text, unit, (t, u) => namesUnit(t, u) === before(t, u)), { numRuns: 20_000, seed: 12 });
    assert.ok(namesUnit('Resultaträkning (tkr)', 'tkr'));
    assert.ok(namesUnit('Belopp (i TKR per år)', 'tkr'));
    assert.ok(!namesUnit('Belopp i tkr', 'tkr'));
  });
});
