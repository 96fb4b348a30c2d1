// Hover on strings with the cursor marked: requirements, indicators, cells, references in formulas and
// the schema's documentation.
import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/service/index';
import { inBase } from '../helpers/caret';
import { shown } from '../helpers/markdown';

/** The hover as a reader sees it. */
const md = (c: ReturnType<typeof inBase>) => shown(c.service.hover(c.uri, c.offset)?.markdown ?? '');
const raw = (c: ReturnType<typeof inBase>) => c.service.hover(c.uri, c.offset)?.markdown ?? '';

describe('hover', () => {
  it('shows a requirement’s text, source and where it is answered', () => {
    const text = md(inBase('resultat.yaml', 'besvarar: [ÅK-service]', 'besvarar: [ÅK'.length));
    assert.match(text, /Återrapporteringskrav ÅK-service/);
    assert.match(text, /Myndigheten ska redovisa hur servicen har utvecklats/);
    assert.match(text, /Fi2023\/00001/);
    assert.match(text, /Besvaras i: 1\.1 Service/);
  });

  it('shows an indicator’s target, direction and whether it is reached', () => {
    const text = md(inBase('resultat.yaml', 'indikator: I-nki', 'indikator: I-'.length));
    assert.match(text, /Målvärde 2024: 70/);
    assert.match(text, /högre är bättre/);
    assert.match(text, /Utfall 2024: 72 — uppnått/);
  });

  it('shows a cell’s figure, interval and formulas with their results', () => {
    const text = md(inBase('finans.yaml', 'värden: [10800, 10400]', 'värden: [1'.length));
    assert.match(text, /T10\.summa_intäkter\.år2024/);
    assert.match(text, /10\u00a0800 tkr \(tryckt\)/);
    assert.match(text, /uppställningsform: intäkter_av_anslag \+ intäkter_av_avgifter/);
    assert.match(text, /✓/);
  });

  it('shows the cell a formula refers to', () => {
    const text = md(inBase('finans.yaml', 'T10.intäkter_av_anslag] }', 'T10.intä'.length));
    assert.match(text, /T10\.intäkter_av_anslag\.år2024/);
  });

  it('shows the schema’s documentation of a key in the chosen language', () => {
    const c = inBase('finans.yaml', 'decimaler: 0', 2);
    assert.match(raw(c), /\*\*Decimaler\*\*/);
    c.service.configure({ language: 'en' });
    assert.match(c.service.hover(c.uri, c.offset)!.markdown, /\*\*Decimals\*\*/);
  });

  it('says nothing, without throwing, where there is nothing to say', () => {
    const service = createLanguageService();
    service.setFile({ uri: 'file:///x/a.yaml', text: 'just: text\n' });
    assert.equal(service.hover('file:///x/a.yaml', 3), undefined);
  });
});
