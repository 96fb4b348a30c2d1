// Go to definition, references, outline, folding and code lens on the small base report.
import { strict as assert } from 'node:assert';
import { inBase } from '../helpers/caret';
import { uriOf } from '../helpers/fixture';

const at = (c: ReturnType<typeof inBase>, loc: { uri: string; range: { start: number; end: number } }) =>
  c.service.getFile(loc.uri)!.text.slice(loc.range.start, loc.range.end);

describe('navigation', () => {
  it('goes from an answer to its requirement', () => {
    const c = inBase('resultat.yaml', 'besvarar: [ÅK-service]', 'besvarar: [ÅK'.length);
    const [def] = c.service.definition(c.uri, c.offset);
    assert.equal(def.uri, uriOf('regleringsbrev.yaml'));
    assert.equal(at(c, def), 'ÅK-service');
  });

  it('goes from a row link to the letter, from a note reference to the note, and from a formula to its cell', () => {
    const post = inBase('finans.yaml', 'anslagspost: ap1', 'anslagspost: a'.length);
    assert.equal(at(post, post.service.definition(post.uri, post.offset)[0]), 'ap1');
    const note = inBase('finans.yaml', 'not: 1,', 'not: '.length);
    const [n] = note.service.definition(note.uri, note.offset);
    assert.match(at(note, n), /^not: 1/);
    const ref = inBase('finans.yaml', 'T10.intäkter_av_anslag] }', 'T10.in'.length);
    const [cell] = ref.service.definition(ref.uri, ref.offset);
    assert.equal(cell.uri, uriOf('finans.yaml'));
  });

  it('finds every answer to a requirement, and the formulas that use a figure', () => {
    const c = inBase('regleringsbrev.yaml', 'id: ÅK-service', 'id: ÅK'.length);
    const refs = c.service.references(c.uri, c.offset, true);
    assert.deepEqual(refs.map((r) => at(c, r)), ['ÅK-service', 'ÅK-service']);
    const fig = inBase('resultat.yaml', 'värden: [10, 12]', 'värden: [1'.length);
    const users = fig.service.references(fig.uri, fig.offset, false);
    assert.equal(users.length, 1);
    assert.equal(at(fig, users[0]), 'sum(*)');
  });

  it('outlines the chapter and the letter, and folds mappings', () => {
    const c = inBase('finans.yaml', 'rubrik: Resultaträkning', 2);
    const [chapter] = c.service.documentSymbols(c.uri);
    assert.equal(chapter.name, '2 Finansiell redovisning');
    assert.deepEqual(chapter.children.map((s) => s.name).slice(0, 2), ['2.1 Resultaträkning', '2.2 Balansräkning']);
    assert.equal(chapter.children[0].children[0].name, 'Tabell 10');
    const rb = c.service.documentSymbols(uriOf('regleringsbrev.yaml')).map((s) => s.name);
    assert.deepEqual(rb, ['Mål', 'Resultatindikatorer', 'Återrapporteringskrav', 'Uppdrag', 'Finansiering']);
    assert.ok(c.service.foldingRanges(c.uri).length > 10);
  });

  it('shows above each requirement where it is answered, or where it is reported instead', () => {
    const c = inBase('resultat.yaml', 'besvarar', 0);
    const titles = c.service.codeLenses(uriOf('regleringsbrev.yaml')).map((l) => l.title);
    assert.deepEqual(titles, [
      'Besvaras i 1.1 Service',
      'Besvaras i 1.1 Service',
      'Redovisas till Regeringskansliet senast 2024-06-30',
      'Utfall i 1.2 Indikatorer',
    ]);
  });
});
