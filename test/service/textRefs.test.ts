// Figures in prose in the editor: hover, go to definition, find references and completion on a reference
// that prints a cell ({T1.summa.år2024}) and on a claim that states a figure ({10 = T1.b.år2024 -
// T1.a.år2024}), in a block of prose written over several lines, with the cursor marked by `|`.
import { strict as assert } from 'node:assert';
import { atCaret } from '../helpers/caret';
import { shown } from '../helpers/markdown';

const PROSE = `    text: >-
      Servicen har utvecklats väl. Ärendena blev
      {T1.summa.år2024}, varav {10 = T1.b.år2024 - T1.a.år2024} fler B än A.`;

/** The base report's section 1.1 with the prose above, the cursor where `marked` puts it. */
function inProse(marked: string) {
  return atCaret('resultat.yaml', '', (base) => {
    const withProse = base.replace('    text: Servicen har utvecklats väl.', PROSE);
    const plain = marked.replace('|', '');
    const i = withProse.indexOf(plain);
    if (i < 0) throw new Error(`${plain} is not in the prose`);
    return withProse.slice(0, i) + marked + withProse.slice(i + plain.length);
  });
}

const hoverOf = (c: ReturnType<typeof inProse>) => shown(c.service.hover(c.uri, c.offset)?.markdown ?? '');
const textAt = (c: ReturnType<typeof inProse>, loc: { uri: string; range: { start: number; end: number } }) =>
  c.service.getFile(loc.uri)!.text.slice(loc.range.start, loc.range.end);

describe('figures in prose in the editor', () => {
  it('shows the cell a reference prints, and goes to its figure', () => {
    const c = inProse('{T1.su|mma.år2024}');
    const hover = c.service.hover(c.uri, c.offset);
    assert.match(shown(hover?.markdown ?? ''), /T1\.summa\.år2024/);
    assert.match(shown(hover?.markdown ?? ''), /30 antal \(tryckt\)|30 \(tryckt\)/);
    assert.equal(textAt(c, { uri: c.uri, range: hover!.range! }), '{T1.summa.år2024}');
    const [def] = c.service.definition(c.uri, c.offset);
    assert.equal(textAt(c, def), '30');
  });

  it('shows what a claim’s formula gives beside the figure the text prints', () => {
    const text = hoverOf(inProse('{1|0 = T1.b.år2024'));
    assert.match(text, /Siffra i texten 10/);
    assert.match(text, /Formeln ger 10 ✓/);
    assert.match(text, /T1\.b\.år2024 = 20/);
  });

  it('says so when a claim does not hold', () => {
    const c = atCaret('resultat.yaml', '', (base) => base.replace('    text: Servicen har utvecklats väl.', PROSE.replace('{10 =', '{|11 =')));
    assert.match(hoverOf(c), /Formeln ger 10 ✗ stämmer inte/);
  });

  it('shows and goes to the cell a name in a claim’s formula names', () => {
    const c = inProse('- T1.|a.år2024}');
    assert.match(hoverOf(c), /T1\.a\.år2024/);
    const [def] = c.service.definition(c.uri, c.offset);
    assert.equal(textAt(c, def), '10');
  });

  it('finds a claim folded over two lines of the block, as the checker reads it', () => {
    // The claim as written, with the cursor marked by `|`.
    const folded = (claim: string) => atCaret('resultat.yaml', '', (base) => base.replace('    text: Servicen har utvecklats väl.', `    text: >-\n      Ärendena blev ${claim} fler.`));
    const name = folded('{10 = T1.b.år2024 -\n      T1.|a.år2024}');
    assert.match(hoverOf(name), /T1\.a\.år2024/);
    const [def] = name.service.definition(name.uri, name.offset);
    assert.equal(textAt(name, def), '10');
    const claim = folded('{|10 = T1.b.år2024 -\n      T1.a.år2024}');
    const hover = claim.service.hover(claim.uri, claim.offset)!;
    assert.match(shown(hover.markdown), /Formeln ger 10 ✓/);
    assert.equal(textAt(claim, { uri: claim.uri, range: hover.range! }), '{10 = T1.b.år2024 -\n      T1.a.år2024}');
  });

  it('finds the texts that print or state a figure among its references', () => {
    const c = inProse('värden: [1|0, 12]');
    const refs = c.service.references(c.uri, c.offset, false).map((r) => textAt(c, r));
    assert.ok(refs.includes('sum(*)'), refs.join(' | '));
    assert.ok(refs.includes('{10 = T1.b.år2024 - T1.a.år2024}'), refs.join(' | '));
    const total = inProse('värden: [3|0, 30]');
    assert.ok(total.service.references(total.uri, total.offset, false).map((r) => textAt(total, r)).includes('{T1.summa.år2024}'));
  });

  it('completes a reference’s table, row and column, and a claim’s formula, inside the braces', () => {
    const labels = (marked: string) => {
      const c = inProse(marked);
      return c.service.complete(c.uri, c.offset).map((i) => i.label);
    };
    const tables = labels('{|T1.summa.år2024}');
    assert.ok(tables.includes('T1') && tables.includes('T10'), tables.join(' '));
    assert.ok(!tables.includes('sum'), 'a reference takes no function');
    assert.deepEqual(labels('{T1.|summa.år2024}').sort(), ['a', 'b', 'summa']);
    assert.deepEqual(labels('{T1.summa.|år2024}').sort(), ['år2023', 'år2024']);
    const formula = labels('{10 = |T1.b.år2024');
    assert.ok(formula.includes('T1') && formula.includes('sum'), formula.join(' '));
    assert.deepEqual(labels('Ärendena |blev'), [], 'nothing outside the braces');
  });
});
