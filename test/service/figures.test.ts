// The report's tables as data (features/figures.ts): one record per cell with its printed text, exact
// value and interval, whether a check compares it, and what inline XBRL will need (id, period, scale,
// decimals); and the CSV and JSON the command line makes of them.
import { strict as assert } from 'node:assert';
import { csvField, figuresCsv, figuresJson } from '../../server/src/cli/formats/figures';
import type { FigureSources } from '../../server/src/cli/formats/figures';
import { createLanguageService } from '../../server/src/service/index';
import type { FigureExport, FigureRecord, LanguageService } from '../../server/src/service/index';

const ROOT = 'file:///prov/';
const MANIFEST = `${ROOT}arsredovisning.yaml`;
const CHAPTER = `${ROOT}kapitel.yaml`;

const CHAPTER_TEXT = `typ: kapitel
nummer: "1"
rubrik: Resultat
avsnitt:
  - nummer: "1.1"
    rubrik: Ekonomi
    tabeller:
      - id: T1
        nummer: 1
        rubrik: Intäkter
        enhet: tkr
        decimaler: 0
        kolumner:
          - { id: år2024, rubrik: "2024", år: 2024 }
          - { id: år2023, rubrik: "2023", år: 2023 }
        rader:
          - avsnitt: Verksamhet
          - { id: a, rubrik: Avgifter, värden: [1200, -40] }
          - { id: b, rubrik: "=HYPERLINK(\\"x\\"), bidrag", värden: [100, "–"] }
          - { id: summa, rubrik: Summa, formel: a + b }
          - { id: andel, rubrik: Andel, enhet: "%", decimaler: 1, värden: [92.3, null], cellformler: { år2024: a / (a + b) } }
      - id: T2
        rubrik: Trunkerat
        tryckt: false
        enhet: antal
        decimaler: 0
        avrundning: trunkering
        kolumner: [ { id: n, rubrik: Antal }, { id: t, rubrik: Kommentar, enhet: text } ]
        rader:
          - { id: x, rubrik: Positivt, värden: [33, Ja] }
          - { id: y, rubrik: Negativt, värden: [-33, ""] }
          - { id: z, rubrik: Noll, värden: [0, Nej] }
`;

function service(): LanguageService {
  const s = createLanguageService();
  s.setFile({ uri: MANIFEST, text: 'typ: årsredovisning\nmyndighet: Provmyndigheten\nräkenskapsår: 2024\nkapitel: [kapitel.yaml]\n' });
  s.setFile({ uri: CHAPTER, text: CHAPTER_TEXT });
  return s;
}

function figures(): FigureExport {
  const data = service().figures(CHAPTER);
  assert.ok(data);
  return data;
}

const byId = (data: FigureExport, id: string): FigureRecord => {
  const r = data.cells.find((c) => c.id === id);
  assert.ok(r, `${id} has a record`);
  return r;
};

const sources: FigureSources = {
  file: (uri) => uri.slice(ROOT.length),
  position: (_uri, offset) => ({ line: offset, character: 0 }),
};

describe('figures: one record per cell', () => {
  it('has every cell of every table, in the order of the sources', () => {
    const data = figures();
    assert.equal(data.cells.length, 4 * 2 + 3 * 2);
    assert.deepEqual(data.cells.slice(0, 3).map((c) => c.id), ['T1.a.år2024', 'T1.a.år2023', 'T1.b.år2024']);
    assert.deepEqual(data.summary, { tables: 2, cells: 14, figures: 7, computed: 1, checked: 3, inconsistent: 0 });
    assert.equal(data.agency, 'Provmyndigheten');
    assert.equal(data.year, 2024);
  });

  it('gives a printed figure as printed, as a plain value, with the interval it stands for', () => {
    const r = byId(figures(), 'T1.a.år2024');
    assert.equal(r.printed, '1\u00a0200');
    assert.equal(r.value, '1200');
    assert.deepEqual(r.interval, { low: '1199.5', high: '1200.5', bounds: '[]' });
    assert.equal(r.kind, 'declared');
    assert.equal(r.checked, true);
    assert.equal(r.consistent, true);
    const neg = byId(figures(), 'T1.a.år2023');
    assert.equal(neg.printed, '\u221240', 'a true minus sign, as the page prints it');
    assert.equal(neg.value, '-40');
  });

  it('has what inline XBRL needs: the period, the unit’s power of ten and the decimals', () => {
    const r = byId(figures(), 'T1.a.år2024');
    assert.equal(r.year, 2024);
    assert.equal(r.unit, 'tkr');
    assert.equal(r.scale, 3);
    assert.equal(r.decimals, 0);
    assert.equal(r.rounding, 'närmaste');
    const share = byId(figures(), 'T1.andel.år2024');
    assert.equal(share.scale, -2);
    assert.equal(share.decimals, 1);
    assert.deepEqual(share.interval, { low: '92.25', high: '92.35', bounds: '[]' });
    assert.equal(share.checked, true, 'a / (a + b) checks it');
  });

  it('says which figures of earlier years are restated, as their column says, and no other', () => {
    const s = service();
    s.setFile({ uri: CHAPTER, text: CHAPTER_TEXT.replace('{ id: år2023, rubrik: "2023", år: 2023 }', '{ id: år2023, rubrik: "2023", år: 2023, omräknad: true }') });
    const cells = s.figures(CHAPTER)!.cells;
    assert.equal(cells.find((c) => c.id === 'T1.a.år2023')?.restated, true);
    assert.equal(cells.find((c) => c.id === 'T1.a.år2024')?.restated, undefined);
    assert.equal(figures().cells.find((c) => c.id === 'T1.a.år2023')?.restated, undefined);
  });

  it('names the table, the row with its group and the column as the page prints them', () => {
    const r = byId(figures(), 'T1.b.år2024');
    assert.equal(r.tableLabel, 'Tabell 1');
    assert.equal(r.tableTitle, 'Intäkter');
    assert.equal(r.group, 'Verksamhet');
    assert.equal(r.rowHeading, '=HYPERLINK("x"), bidrag');
    assert.equal(r.columnHeading, '2024');
    assert.equal(service().figures(CHAPTER, 'en')?.cells[0].tableLabel, 'Table 1');
  });

  it('gives a computed cell the value the page prints and the interval of its formula', () => {
    const r = byId(figures(), 'T1.summa.år2024');
    assert.equal(r.kind, 'computed');
    assert.equal(r.printed, '1\u00a0300');
    assert.equal(r.value, '1300');
    assert.deepEqual(r.interval, { low: '1299', high: '1301', bounds: '[]' });
    assert.equal(r.checked, false, 'a computed cell is no printed figure to check');
    assert.equal(r.consistent, undefined);
    assert.ok(r.location, 'it stands at its row');
  });

  it('gives empty marks, missing values and text as text, without interval', () => {
    const empty = byId(figures(), 'T1.b.år2023');
    assert.equal(empty.kind, 'empty');
    assert.equal(empty.printed, '–');
    assert.equal(empty.interval, undefined);
    const missing = byId(figures(), 'T1.summa.år2023');
    assert.equal(missing.kind, 'missing', 'a + b over an empty cell gives nothing to print');
    assert.equal(missing.printed, '–');
    assert.equal(missing.value, undefined);
    const text = byId(figures(), 'T2.x.t');
    assert.equal(text.kind, 'text');
    assert.equal(text.printed, 'Ja');
    assert.equal(text.scale, undefined);
  });

  it('writes the half-open interval of a truncated figure, and marks a table that is not printed', () => {
    const d = figures();
    assert.deepEqual(byId(d, 'T2.x.n').interval, { low: '33', high: '34', bounds: '[)' });
    assert.deepEqual(byId(d, 'T2.y.n').interval, { low: '-34', high: '-33', bounds: '(]' });
    assert.deepEqual(byId(d, 'T2.z.n').interval, { low: '-1', high: '1', bounds: '()' });
    assert.equal(byId(d, 'T2.x.n').rounding, 'trunkering');
    assert.equal(byId(d, 'T2.x.n').tablePrinted, false);
    assert.equal(byId(d, 'T2.x.n').consistent, undefined, 'no check compares it, so nothing says it adds up');
    assert.equal(byId(d, 'T1.a.år2024').tablePrinted, true);
  });

  it('says when a figure does not add up', () => {
    const s = service();
    s.setFile({ uri: CHAPTER, text: CHAPTER_TEXT.replace('[92.3, null]', '[50.0, null]') });
    const data = s.figures(CHAPTER);
    assert.ok(data);
    assert.equal(byId(data, 'T1.andel.år2024').consistent, false);
    assert.equal(data.summary.inconsistent, 1);
  });

  it('has nothing for a file of no report, and never throws on a broken one', () => {
    const s = service();
    assert.equal(s.figures('file:///annan.yaml'), undefined);
    s.setFile({ uri: CHAPTER, text: 'typ: kapitel\navsnitt: [ { tabeller: [ { id: T1, kolumner: 3, rader: x } ] } ]\n' });
    assert.doesNotThrow(() => s.figures(CHAPTER));
  });
});

describe('figures: as JSON and CSV', () => {
  it('writes JSON with every key in every record and one cell per line', () => {
    const text = figuresJson(figures(), sources);
    const json = JSON.parse(text) as { format: string; version: number; summary: { checked: number }; cells: Record<string, unknown>[] };
    assert.equal(json.format, 'regbrev-tabeller');
    assert.equal(json.version, 1);
    assert.equal(json.cells.length, 14);
    const keys = Object.keys(json.cells[0]);
    assert.ok(json.cells.every((c) => Object.keys(c).join() === keys.join()), 'the same keys everywhere');
    assert.equal(json.cells.find((c) => c.id === 'T2.x.t')?.interval, null);
    assert.equal(text.split('\n').filter((l) => l.startsWith('    {"id":')).length, 14);
  });

  it('writes CSV with a header, the interval in three columns and the 1-based line', () => {
    const lines = figuresCsv(figures(), sources).trimEnd().split('\n');
    const header = lines[0].split(',');
    assert.deepEqual(header.slice(header.indexOf('low'), header.indexOf('low') + 3), ['low', 'high', 'bounds']);
    assert.deepEqual(header.slice(-2), ['file', 'line']);
    assert.ok(!header.includes('interval'));
    assert.equal(lines.length, 15);
    const row = lines.find((l) => l.startsWith('T1.a.år2024,'));
    assert.ok(row);
    assert.ok(row.includes(',1\u00a0200,1200,tkr,3,0,närmaste,1199.5,1200.5,[],true,true,,,kapitel.yaml,'), row);
  });

  it('quotes what must be quoted and keeps a spreadsheet from running a heading as a formula', () => {
    assert.equal(csvField('a,b', 'rowHeading'), '"a,b"');
    assert.equal(csvField('säg "ja"', 'rowHeading'), '"säg ""ja"""');
    assert.equal(csvField('rad\ntvå', 'tableTitle'), '"rad\ntvå"');
    assert.equal(csvField('=1+1', 'rowHeading'), "'=1+1");
    assert.equal(csvField('@SUM(A1)', 'printed'), "'@SUM(A1)");
    assert.equal(csvField('-40', 'value'), '-40', 'numbers regbrev writes stay numbers');
    assert.equal(csvField(undefined, 'form'), '');
    const row = figuresCsv(figures(), sources).split('\n').find((l) => l.startsWith('T1.b.år2024,'));
    assert.ok(row?.includes(`,"'=HYPERLINK(""x""), bidrag",`), row);
  });
});
