// Where a stretch of a scalar's value stands in the file (yaml/pointer.ts): one to one for a scalar written
// plainly or quoted without escapes; for a block of prose or a folded plain scalar, from its first character
// to just after its last, across the lines it is folded over; nothing for a quoted scalar whose escapes move
// the characters, so that callers fall back to the whole value.
import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { scalarOffset, scalarStretch } from '../../server/src/service/yaml/pointer';

const SOURCE = [
  'a:',
  '  text: |-  # kommentar',
  '    Hej {1 = 2}',
  '    och  {3 = T1.a',
  '      - T1.b} slut',
  'c: "x\\u00e5 {5 = 6}"',
  'd: plain',
  '  folded {7 = 8}',
  'e: "rak {9 = 9}"',
  '',
].join('\n');
const doc = parseDocument(SOURCE, { keepSourceTokens: true }) as Parameters<typeof scalarStretch>[0];

/** The source a stretch of the value at `ptr` maps to, found by the stretch's text in the value. */
function mapped(ptr: string, value: string, needle: string): string | undefined {
  const start = value.indexOf(needle);
  assert.ok(start >= 0, needle);
  const r = scalarStretch(doc, SOURCE, ptr, start, start + needle.length);
  return r && SOURCE.slice(r.start, r.end);
}

describe('stretches of a scalar in the file', () => {
  it('map within a block of prose, and across the lines a claim is folded over', () => {
    const value = 'Hej {1 = 2}\noch  {3 = T1.a\n  - T1.b} slut';
    assert.equal(mapped('/a/text', value, '{1 = 2}'), '{1 = 2}');
    assert.equal(mapped('/a/text', value, '{3 = T1.a\n  - T1.b}'), '{3 = T1.a\n      - T1.b}');
    assert.equal(scalarOffset(doc, SOURCE, '/a/text', 0), undefined, 'a block moves its characters');
  });

  it('map a folded plain scalar across its lines, and a verbatim one one to one', () => {
    assert.equal(mapped('/d', 'plain folded {7 = 8}', 'plain folded'), 'plain\n  folded');
    const at = scalarOffset(doc, SOURCE, '/e', 'rak '.length);
    assert.equal(SOURCE.slice(at, at! + 7), '{9 = 9}');
  });

  it('give nothing for a quoted scalar with escapes', () => {
    assert.equal(mapped('/c', 'xå {5 = 6}', '{5 = 6}'), undefined);
    assert.equal(scalarOffset(doc, SOURCE, '/c', 0), undefined);
  });
});
