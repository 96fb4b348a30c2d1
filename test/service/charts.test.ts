// Charts in the rendered report, on small reports: one chart per indicator with its outcomes as bars and
// its targets as dashed markers, declared bar and line charts over a table's year columns, escaping,
// determinism, output the preview's Content-Security-Policy accepts, and findings for bad declarations.
import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/service/index';
import type { LanguageService } from '../../server/src/service/index';
import { renderReport } from '../../server/src/service/render/index';
import { chartSvg } from '../../server/src/service/render/charts/svg';
import { internalsOf } from '../../server/src/service/internal';

const ROOT = 'file:///diagram/';

const LETTER = `typ: regleringsbrev
myndighet: Provmyndigheten
budgetår: 2024
diarienummer: Fi2023/00001
beslutad: 2023-12-14
indikatorer:
  - id: I-nki
    namn: Nöjd kund-index
    enhet: index
    riktning: högre
    målvärden: { 2023: 70, 2024: 70 }
  - id: I-tid
    namn: Handläggningstid
    enhet: dagar
    riktning: lägre
    målvärden: { 2024: 30, 2025: 25 }
  - id: I-andel
    namn: Andel digitala ärenden
    enhet: "%"
    riktning: högre
    målvärden: { 2024: 80 }
`;

const MANIFEST = `typ: årsredovisning
myndighet: Provmyndigheten
räkenskapsår: 2024
regleringsbrev: regleringsbrev.yaml
ledning:
  form: enrådighet
  ledamöter:
    - { namn: Anna Chef, roll: generaldirektör }
kapitel:
  - kapitel.yaml
`;

const CHAPTER = `typ: kapitel
nummer: "1"
rubrik: Resultatredovisning
avsnitt:
  - nummer: "1.1"
    rubrik: Indikatorer
    indikatorer:
      - { indikator: I-andel, utfall: "79 %" }
      - { indikator: I-nki, utfall: 72 }
      - { indikator: I-tid, utfall: T2.tid.år2024 }
    tabeller:
      - id: T1
        nummer: 1
        rubrik: Utfall resultatindikatorer
        form: indikatorer
        decimaler: 0
        kolumner:
          - { id: namn, rubrik: Indikator, enhet: text }
          - { id: utfall, rubrik: Utfall 2024, år: 2024 }
          - { id: målvärde, rubrik: Målvärde 2024, år: 2024 }
        rader:
          - { id: nki, indikator: I-nki, rubrik: Kvalitet, enhet: index, värden: [NKI, 72, 70] }
  - nummer: "1.2"
    rubrik: Handläggning
    tabeller:
      - id: T2
        nummer: 2
        rubrik: Handläggningstid och ärenden
        decimaler: 0
        kolumner:
          - { id: år2022, rubrik: "2022", år: 2022, enhet: dagar }
          - { id: år2023, rubrik: "2023", år: 2023, enhet: dagar }
          - { id: år2024, rubrik: "2024", år: 2024, enhet: dagar }
          - { id: år2025, rubrik: "2025 (prognos)", år: 2025, enhet: dagar }
        rader:
          - { id: tid, indikator: I-tid, rubrik: Handläggningstid, värden: [41, 35, 28, 26] }
      - id: T3
        nummer: 3
        rubrik: "Ärenden <script>alert(1)</script> & \\"x\\""
        enhet: antal
        decimaler: 0
        diagram: { typ: stapel, rader: [a, b] }
        kolumner:
          - { id: år2024, rubrik: "2024", år: 2024 }
          - { id: år2023, rubrik: "2023", år: 2023 }
          - { id: år2022, rubrik: "2022", år: 2022 }
        rader:
          - { id: a, rubrik: "Ärenden <b>A</b>", värden: [1200, 1000, 950] }
          - { id: b, rubrik: Ärenden B, värden: [300, -50, null] }
          - { id: summa, rubrik: Summa, formel: a + b }
      - id: T4
        nummer: 4
        rubrik: Kostnader (mnkr)
        enhet: mnkr
        decimaler: 1
        diagram:
          typ: linje
          rubrik: "Kostnader <i>2022–2024</i>"
          rader: [personal, lokaler, summa]
        kolumner:
          - { id: år2022, rubrik: "2022", år: 2022 }
          - { id: år2023, rubrik: "2023", år: 2023 }
          - { id: år2024, rubrik: "2024", år: 2024 }
        rader:
          - { id: personal, rubrik: Personal, värden: [10.5, 11.2, 12.0] }
          - { id: lokaler, rubrik: Lokaler, värden: [3.1, null, 3.4] }
          - { id: summa, rubrik: Summa, formel: personal + lokaler }
`;

function service(chapter = CHAPTER): LanguageService {
  const s = createLanguageService();
  s.setFile({ uri: `${ROOT}regleringsbrev.yaml`, text: LETTER });
  s.setFile({ uri: `${ROOT}arsredovisning.yaml`, text: MANIFEST });
  s.setFile({ uri: `${ROOT}kapitel.yaml`, text: chapter });
  return s;
}

function render(s: LanguageService, language: 'sv' | 'en' = 'sv'): string {
  const pa = internalsOf(s).projectFor(`${ROOT}arsredovisning.yaml`);
  assert.ok(pa, 'the manifest makes a project');
  return renderReport(pa, internalsOf(s).locate(), { language, standalone: true }).html;
}

/** The <figure> with the given id. */
function figure(html: string, id: string): string {
  const start = html.indexOf(`<figure class="chart`, html.indexOf(`id="${id}"`) - 60);
  assert.ok(start >= 0 && html.includes(`id="${id}"`), `figure #${id} exists`);
  return html.slice(start, html.indexOf('</figure>', start) + 9);
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const desc = (fig: string) => /<desc id="[^"]*">([^<]*)<\/desc>/.exec(fig)?.[1] ?? '';

describe('charts: indicators', () => {
  const html = render(service());

  it('draws one chart per indicator with an outcome, in the section that reports it, after its tables', () => {
    assert.equal(count(html, /<figure class="chart chart-indicator/g), 3);
    const section = html.slice(html.indexOf('id="avsnitt-1-1"'), html.indexOf('id="avsnitt-1-2"'));
    const order = ['diagram-i-andel', 'diagram-i-nki', 'diagram-i-tid'].map((id) => section.indexOf(`id="${id}"`));
    assert.ok(order.every((i) => i > section.indexOf('id="tabell-t1"')), 'after the section’s table');
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'in the order the section reports them');
  });

  it('is a figure with a caption and an SVG image with a title and a description', () => {
    const fig = figure(html, 'diagram-i-nki');
    assert.ok(fig.includes('<figcaption><span class="caption-label">Diagram:</span> Nöjd kund-index – utfall och målvärde</figcaption>'));
    assert.match(fig, /<svg [^>]*role="img" aria-labelledby="diagram-i-nki-title diagram-i-nki-desc"/);
    assert.ok(fig.includes('<title id="diagram-i-nki-title">Nöjd kund-index – utfall och målvärde</title>'));
  });

  it('takes only the outcome column of a form: indikatorer table, so one bar against two targets', () => {
    const fig = figure(html, 'diagram-i-nki');
    assert.equal(count(fig, /<rect class="chart-bar"/g), 1, 'the målvärde column is not an outcome');
    assert.equal(count(fig, /<line class="chart-target"/g), 2 + 1, 'the targets of 2023 and 2024, and the legend');
    assert.equal(desc(fig), 'Stapeldiagram, index, 2023–2024. Utfallet visas som staplar och målvärdet som en streckad linje. '
      + '2023: inget utfall, målvärde 70. 2024: utfall 72, målvärde 70, uppnått. Högre värden är bättre.');
    assert.ok(fig.includes('<p class="chart-status">Målvärdet för 2024 (70) nåddes: utfallet blev 72. Högre värden är bättre.</p>'));
  });

  it('draws the years of a linked row, a later year hatched as a forecast, judged lower-is-better', () => {
    const fig = figure(html, 'diagram-i-tid');
    assert.equal(count(fig, /<rect class="chart-bar"/g), 4, '2022–2025 from the linked row');
    assert.equal(count(fig, /<rect class="chart-bar"[^>]*fill="url\(#diagram-i-tid-hatch\)"/g), 1, '2025 is a forecast');
    assert.ok(fig.includes('<pattern id="diagram-i-tid-hatch"'));
    assert.match(fig, />Prognos<\/text>/, 'the forecast has its legend entry');
    const d = desc(fig);
    assert.match(d, /2022: utfall 41\u00a0dagar, inget målvärde\./);
    assert.match(d, /2024: utfall 28\u00a0dagar, målvärde 30\u00a0dagar, uppnått\./);
    assert.match(d, /2025: prognos 26\u00a0dagar, målvärde 25\u00a0dagar, bedöms inte nås\./);
    assert.match(d, /Lägre värden är bättre\.$/);
    assert.match(fig, /Målvärdet för 2025 \(25\u00a0dagar\) bedöms inte nås: prognosen är 26\u00a0dagar\./);
  });

  it('lets the charts of one or two years stand two abreast, and keeps wider ones alone', () => {
    assert.match(figure(html, 'diagram-i-nki'), /^<figure class="chart chart-indicator chart-narrow"/);
    assert.match(figure(html, 'diagram-i-tid'), /^<figure class="chart chart-indicator" /);
  });

  it('reads an outcome written as a Swedish figure with its unit', () => {
    const d = desc(figure(html, 'diagram-i-andel'));
    assert.match(d, /^Stapeldiagram, %, 2024\. .* 2024: utfall 79\u00a0%, målvärde 80\u00a0%, inte uppnått\./);
  });

  it('gives an indicator without targets no target marker and no target in the legend', () => {
    const letter = LETTER.replace('    målvärden: { 2024: 80 }\n', '');
    const s = service();
    s.setFile({ uri: `${ROOT}regleringsbrev.yaml`, text: letter });
    const fig = figure(render(s), 'diagram-i-andel');
    assert.equal(count(fig, /<rect class="chart-bar"/g), 1);
    assert.equal(count(fig, /<line class="chart-target"/g), 0);
    assert.match(desc(fig), /2024: utfall 79\u00a0%, inget målvärde\./);
    assert.ok(!fig.includes('chart-status'), 'nothing to judge');
  });

  it('speaks English when asked, keeping Swedish figures', () => {
    const fig = figure(render(service(), 'en'), 'diagram-i-tid');
    assert.ok(fig.includes('<span class="caption-label" lang="en">Chart:</span> Handläggningstid<span lang="en"> – outcome and target</span>'));
    assert.match(desc(fig), /2025: forecast 26\u00a0dagar, target 25\u00a0dagar, not expected to be reached\./);
    assert.match(desc(fig), /Lower values are better\.$/);
  });
});

describe('charts: declared in a table', () => {
  const html = render(service());

  it('prints a bar chart right after its table, one bar per row and year, earliest year first', () => {
    const after = html.slice(html.indexOf('id="tabell-t3"'));
    assert.ok(after.indexOf('id="diagram-t3"') < after.indexOf('id="tabell-t4"'), 'between its table and the next');
    const fig = figure(html, 'diagram-t3');
    assert.ok(fig.startsWith('<figure class="chart chart-stapel" id="diagram-t3" data-table="T3">'));
    assert.equal(count(fig, /<rect class="chart-bar"/g), 5, '2 rows × 3 years, less the empty cell');
    const years = [...fig.matchAll(/text-anchor="middle">(20\d\d)<\/text>/g)].map((m) => m[1]);
    assert.deepEqual(years, ['2022', '2023', '2024']);
    assert.equal(count(fig.slice(fig.indexOf('chart-legend')), /<rect /g), 2, 'a legend entry per series');
    assert.match(desc(fig), /^Stapeldiagram, antal, 2022–2024\. Ärenden &lt;b&gt;A&lt;\/b&gt;: 2022 950; 2023 1\u00a0000; 2024 1\u00a0200\. Ärenden B: 2022 inget värde; 2023 −50; 2024 300\.$/);
  });

  it('tells bar series apart without colour: a solid grey and a hatch pattern', () => {
    const fig = figure(html, 'diagram-t3');
    assert.equal(count(fig, /<rect class="chart-bar"[^>]*fill="#4d4d4d"/g), 3);
    assert.equal(count(fig, /<rect class="chart-bar"[^>]*fill="url\(#diagram-t3-hatch\)"/g), 2);
  });

  it('prints a line chart with one line per row, a marker per value and a gap where a value is missing', () => {
    const fig = figure(html, 'diagram-t4');
    assert.equal(count(fig, /<path class="chart-line"/g), 3);
    const dashes = [...fig.matchAll(/<path class="chart-line"[^>]*?(?: stroke-dasharray="([^"]*)")?\/>/g)].map((m) => m[1] ?? '');
    assert.deepEqual(dashes, ['', '7 4', '2 3'], 'solid, dashed and dotted');
    const lokaler = [...fig.matchAll(/<path class="chart-line" d="([^"]*)"/g)][1][1];
    assert.equal(count(lokaler, /M/g), 2, 'the missing 2023 breaks the line');
    const plot = fig.slice(0, fig.indexOf('chart-legend'));
    assert.equal(count(plot, /<(circle|rect x="[^"]*" y="[^"]*" width="7"|path d=)/g), 3 + 2 + 2, 'one marker per value (the sum lacks 2023 too)');
    assert.match(desc(fig), /^Linjediagram, mnkr, 2022–2024\. Personal: 2022 10,5; 2023 11,2; 2024 12,0\. Lokaler: 2022 3,1; 2023 inget värde; 2024 3,4\. Summa: 2022 13,6; 2023 inget värde; 2024 15,4\.$/);
  });

  it('escapes hostile text in titles, captions, legends and descriptions', () => {
    const fig = figure(html, 'diagram-t3');
    assert.ok(!/<script|<b>|<i>/.test(fig), fig);
    assert.ok(fig.includes('<span class="caption-label">Diagram:</span> Ärenden &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</figcaption>'));
    assert.ok(fig.includes('<title id="diagram-t3-title">Ärenden &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</title>'));
    assert.ok(fig.includes('>Ärenden &lt;b&gt;A&lt;/b&gt;</text>'));
    assert.ok(figure(html, 'diagram-t4').includes('Kostnader &lt;i&gt;2022–2024&lt;/i&gt;</figcaption>'));
  });
});

describe('charts: output', () => {
  it('is the same bytes for the same input', () => {
    assert.equal(render(service()), render(service()));
  });

  it('has no script, no style attribute and no style element in any chart', () => {
    const figures = render(service()).match(/<figure class="chart[\s\S]*?<\/figure>/g) ?? [];
    assert.equal(figures.length, 5);
    for (const f of figures) {
      assert.ok(!/<script|<style|\sstyle=|\son\w+=/i.test(f), f.slice(0, 200));
    }
  });

  it('draws nice ticks in Swedish format, with a true minus sign', () => {
    const svg = chartSvg({
      id: 'x', kind: 'stapel', categories: ['2023'], title: 't', desc: 'd',
      series: [{ name: 's', values: [-129.4], labels: ['−129,4'] }],
      formatTick: (v, d) => v.toFixed(d).replace('-', '\u2212').replace('.', ','),
    });
    const ticks = [...svg.matchAll(/text-anchor="end">([^<]*)</g)].map((m) => m[1]);
    assert.deepEqual(ticks, ['\u2212140', '\u2212120', '\u2212100', '\u221280', '\u221260', '\u221240', '\u221220', '0']);
  });

  it('never throws on odd values', () => {
    for (const values of [[], [undefined], [Number.NaN], [Number.POSITIVE_INFINITY, 1], [0, 0]]) {
      const svg = chartSvg({
        id: 'x"><script>', kind: values.length % 2 ? 'linje' : 'stapel', categories: values.map((_, i) => String(2020 + i)),
        title: 't', desc: 'd', series: [{ name: 's', values, labels: values.map(String) }], formatTick: String,
      });
      assert.ok(svg.startsWith('<svg') && !svg.includes('<script'), svg);
    }
  });
});

describe('charts: bad declarations', () => {
  const bad = CHAPTER
    .replace('diagram: { typ: stapel, rader: [a, b] }', 'diagram: { typ: stapel, rader: [a, c] }')
    .replace(/kolumner:\n {10}- \{ id: år2022, rubrik: "2022", år: 2022 \}\n {10}- \{ id: år2023, rubrik: "2023", år: 2023 \}\n {10}- \{ id: år2024, rubrik: "2024", år: 2024 \}/,
      'kolumner:\n          - { id: a22, rubrik: "2022" }\n          - { id: a23, rubrik: "2023" }\n          - { id: a24, rubrik: "2024" }');

  it('reports an unknown row and a chart over a table without year columns where they are written', () => {
    const s = service(bad);
    const found = s.problems(`${ROOT}kapitel.yaml`).filter((p) => p.code === 'unknown-reference' || p.code === 'schema');
    const text = s.getFile(`${ROOT}kapitel.yaml`)!.text;
    assert.deepEqual(found.map((p) => [p.code, text.slice(p.range.start, p.range.end), p.message.sv]), [
      ['unknown-reference', 'c', 'Tabellen T3 har ingen rad ”c”. Menade du ”a”?'],
      ['schema', 'diagram', 'Diagrammet ritas över tabellens kolumner med år, men tabellen T4 har ingen kolumn med år.'],
    ]);
  });

  it('draws the rows that exist and leaves out a chart that cannot be drawn', () => {
    const html = render(service(bad));
    assert.equal(count(figure(html, 'diagram-t3'), /<rect class="chart-bar"/g), 3);
    assert.ok(!html.includes('id="diagram-t4"'));
    assert.ok(!html.includes('class="render-error"'));
  });

  it('renders odd declarations without throwing', () => {
    for (const decl of ['"x"', '{ typ: stapel, rader: a }', '{ typ: linje, rader: [1, null, { x: 1 }] }', '{ typ: stapel }', '[]', '{ rader: [a] }']) {
      const html = render(service(CHAPTER.replace('diagram: { typ: stapel, rader: [a, b] }', `diagram: ${decl}`)));
      assert.ok(html.includes('id="tabell-t3"') && !html.includes('id="diagram-t3"'), decl);
      assert.ok(!html.includes('class="render-error"'), decl);
    }
  });

  it('prints no chart for a table that is not printed', () => {
    const html = render(service(CHAPTER.replace('        diagram: { typ: stapel, rader: [a, b] }', '        tryckt: false\n        diagram: { typ: stapel, rader: [a, b] }')));
    assert.ok(!html.includes('id="diagram-t3"') && html.includes('id="diagram-t4"'));
  });
});
