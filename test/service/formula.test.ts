// The formula parser: precedence, references, ranges, calls and syntax errors with their spans.
import { strict as assert } from 'node:assert';
import type { Expr } from '../../server/src/service/formula/ast';
import { parseFormula } from '../../server/src/service/formula/parser';

function show(e: Expr | undefined): string {
  if (!e) return '∅';
  switch (e.kind) {
    case 'number': return `${e.value.n}${e.value.d === 1n ? '' : `/${e.value.d}`}`;
    case 'string': return JSON.stringify(e.value);
    case 'ref': return e.parts.join('.');
    case 'star': return '*';
    case 'range': return `${show(e.from)}:${show(e.to)}`;
    case 'unary': return `(${e.op}${show(e.arg)})`;
    case 'binary': case 'compare': return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'call': return `${e.name}(${e.args.map(show).join(', ')})`;
  }
}

const check = (text: string, expected: string) => assert.equal(show(parseFormula(text).expr), expected, text);

describe('formula parser', () => {
  it('respects precedence and unary minus', () => {
    check('a - b * c', '(a - (b * c))');
    check('-(a + b) / 2', '((-(a + b)) / 2)');
    check('a − b', '(a - b)');
  });
  it('reads dotted references with Swedish letters, and decimals', () => {
    check('T30.intäkter_av_anslag.år2023 / 1.5', '(T30.intäkter_av_anslag.år2023 / 3/2)');
    check('rb.anslag.ap2.belopp', 'rb.anslag.ap2.belopp');
  });
  it('reads calls, ranges, stars and countif conditions', () => {
    check('sum(*)', 'sum(*)');
    check('sum(nord:öst, x)', 'sum(nord:öst, x)');
    check('countif(B2, lön = "X", e != "X")', 'countif(B2, (lön = "X"), (e != "X"))');
    check('prev(ack) + res', '(prev(ack) + res)');
  });
  it('reports syntax errors with their span and never throws', () => {
    const cases: [string, number, number][] = [['a +', 3, 3], ['a $ b', 2, 3], ['sum(a', 5, 5], ['"open', 0, 5], ['a..b', 2, 3]];
    for (const [text, start, end] of cases) {
      const p = parseFormula(text);
      assert.ok(p.error, text);
      assert.deepEqual([p.error.span.start, p.error.span.end], [start, end], text);
      assert.ok(p.error.message.sv && p.error.message.en);
    }
  });
});
