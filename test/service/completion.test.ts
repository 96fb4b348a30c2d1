// Completion on strings with the cursor marked: keys from the schema, values, requirement ids, links to
// the letter and references inside formulas.
import { strict as assert } from 'node:assert';
import { atCaret, inBase } from '../helpers/caret';

const labels = (c: { service: { complete(u: string, o: number): { label: string }[] }; uri: string; offset: number }) => c.service.complete(c.uri, c.offset).map((i) => i.label);

describe('completion', () => {
  it('offers requirement ids in an answer list, unanswered ones first, with their titles', () => {
    const c = inBase('resultat.yaml', 'besvarar: [ÅK-service]', 'besvarar: ['.length);
    const items = c.service.complete(c.uri, c.offset);
    assert.ok(items.some((i) => i.label === 'ÅK-service' && /Service/.test(i.detail ?? '')));
    assert.ok(items.some((i) => i.label === 'UPP-utredning'));
    assert.equal(items.find((i) => i.label === 'M-balans')?.sortText?.[0], '1', 'answered requirements after unanswered ones');
  });

  it('offers indicator ids after indikator:', () => {
    assert.deepEqual(labels(inBase('resultat.yaml', 'indikator: I-nki', 'indikator: '.length)), ['I-nki']);
  });

  it('offers the letter’s anslagsposter, fee rows and income titles on row links', () => {
    assert.deepEqual(labels(inBase('finans.yaml', 'anslagspost: ap1', 'anslagspost: '.length)), ['ap1']);
    assert.deepEqual(labels(inBase('finans.yaml', 'verksamhet: tjänster', 'verksamhet: '.length)), ['tjänster']);
    assert.deepEqual(labels(inBase('finans.yaml', 'inkomsttitel: it2811', 'inkomsttitel: '.length)), ['it2811']);
  });

  it('offers the keys a mapping may still take, with a skeleton of required properties', () => {
    const c = atCaret('resultat.yaml', 'typ: kapitel\nrubrik: R\n|\n');
    const items = c.service.complete(c.uri, c.offset);
    assert.ok(items.some((i) => i.label === 'avsnitt'));
    assert.ok(!items.some((i) => i.label === 'rubrik'), 'present keys are not offered again');
    const tabeller = items.find((i) => i.label === 'tabeller')!;
    assert.match(tabeller.insertText ?? '', /- id: /);
    assert.match(tabeller.insertText ?? '', /kolumner: /);
  });

  it('offers enum values: units, forms and the direction of a target', () => {
    assert.ok(labels(inBase('finans.yaml', 'enhet: tkr', 'enhet: '.length)).includes('mnkr'));
    assert.ok(labels(inBase('finans.yaml', 'form: resultaträkning', 'form: '.length)).includes('balansräkning'));
    assert.deepEqual(labels(inBase('regleringsbrev.yaml', 'riktning: högre', 'riktning: '.length)).sort(), ['högre', 'lägre']);
  });

  it('offers the posts of a standard form as row ids', () => {
    assert.ok(labels(inBase('finans.yaml', 'id: intäkter_av_avgifter', 'id: '.length)).includes('summa_intäkter'));
  });

  it('offers rows, columns, tables and functions inside a formula', () => {
    const bare = labels(inBase('resultat.yaml', 'formel: sum(*)', 'formel: '.length));
    for (const l of ['a', 'b', 'år2024', 'T10', 'sum', 'prev', 'rb']) assert.ok(bare.includes(l), l);
    const c = atCaret('resultat.yaml', '', (base) => base.replace('formel: sum(*)', 'formel: T10.|'));
    assert.ok(labels(c).includes('årets_kapitalförändring'));
    const col = atCaret('resultat.yaml', '', (base) => base.replace('formel: sum(*)', 'formel: T10.verksamhetsutfall.|'));
    assert.deepEqual(labels(col), ['år2024', 'år2023']);
    const rb = atCaret('resultat.yaml', '', (base) => base.replace('formel: sum(*)', 'formel: rb.anslag.|'));
    assert.deepEqual(labels(rb), ['ap1']);
  });

  it('offers section numbers in hänvisar_till', () => {
    const c = atCaret('resultat.yaml', '', (base) => base.replace('    text: Servicen har utvecklats väl.', '    text: Servicen har utvecklats väl.\n    hänvisar_till: ["|"]'));
    assert.ok(labels(c).includes('2.6'));
  });
});
