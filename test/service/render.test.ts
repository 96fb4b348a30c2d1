// The rendered report on small inputs: escaping, the Markdown subset, a table with heading rows, a note
// reference, a computed cell and a cell whose figure disagrees with its formula.
import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/service/index';
import type { LanguageService } from '../../server/src/service/index';
import { escapeHtml, IdRegistry, slug } from '../../server/src/service/render/escape';
import { renderInlineMarkdown, renderMarkdown } from '../../server/src/service/render/markdown';
import { renderReport, renderTable } from '../../server/src/service/render/index';
import { SourceMap } from '../../server/src/service/render/sourceMap';
import { typographic } from '../../server/src/service/render/table';
import { internalsOf } from '../../server/src/service/internal';

const ROOT = 'file:///prov/';

const MANIFEST = `typ: årsredovisning
myndighet: Prov & <Myndighet>
räkenskapsår: 2024
diarienummer: 2025-00001
ledning:
  form: enrådighet
  ledamöter:
    - { namn: Anna Chef, roll: generaldirektör }
kapitel:
  - kapitel.yaml
`;

const CHAPTER = `typ: kapitel
nummer: "1"
rubrik: Resultat <script>
text: |
  Ett stycke med **fet** och *kursiv* text
  som fortsätter <b>här</b>.
tabeller:
  - id: T1
    nummer: 1
    rubrik: Intäkter & kostnader
    enhet: tkr
    decimaler: 0
    anmärkning: Avser <hela> året.
    kolumner:
      - { id: år2024, rubrik: "2024", år: 2024 }
      - { id: år2023, rubrik: "2023", år: 2023 }
    rader:
      - avsnitt: Intäkter
      - { id: a, rubrik: Avgifter, not: 1, värden: [1200, 1000] }
      - { id: b, rubrik: Bidrag, värden: [100, 50] }
      - { id: summa, rubrik: Summa intäkter, formel: a + b }
      - avsnitt: Kostnader
      - { id: k, rubrik: Personal, värden: [-500, -400] }
      - { id: tom, rubrik: varav arvoden, värden: [null, "–"] }
      - avsnitt: Resultat
      - { id: resultat, rubrik: Resultat, värden: [900, 650], formel: summa + k }
avsnitt:
  - nummer: "1.1"
    rubrik: Noter (tkr)
    avsnitt:
      - not: 1
        rubrik: Avgifter
        tabeller:
          - id: N1
            rubrik: Avgifter
            enhet: tkr
            decimaler: 0
            kolumner:
              - { id: år2024, rubrik: "2024", år: 2024 }
            rader:
              - { id: x, rubrik: Avgifter, värden: [1200] }
  - nummer: "1.2"
    rubrik: Underskrifter
    underskrifter:
      ort: Stockholm
      datum: 2025-02-20
      namn: [Anna Chef]
`;

function service(chapter = CHAPTER): LanguageService {
  const s = createLanguageService();
  s.setFile({ uri: `${ROOT}arsredovisning.yaml`, text: MANIFEST });
  s.setFile({ uri: `${ROOT}kapitel.yaml`, text: chapter });
  return s;
}

function render(s: LanguageService, standalone = true) {
  const pa = internalsOf(s).projectFor(`${ROOT}arsredovisning.yaml`);
  assert.ok(pa, 'the manifest makes a project');
  return renderReport(pa, internalsOf(s).locate(), { language: 'sv', standalone });
}

/** The HTML of the element with the given id, up to its closing tag (no nesting of the same tag inside). */
function element(html: string, id: string, tag: string): string {
  const start = html.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `element #${id} exists`);
  const end = html.indexOf(`</${tag}>`, start);
  return html.slice(html.lastIndexOf('<', start), end + tag.length + 3);
}

describe('render: escaping', () => {
  it('escapes markup characters and quotes', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('makes unique, fragment-safe ids', () => {
    assert.equal(slug('Bilaga 1: Kundförteckning'), 'bilaga-1-kundforteckning');
    const ids = new IdRegistry();
    assert.deepEqual([ids.take('not', '1'), ids.take('not', '1')], ['not-1', 'not-1-2']);
  });

  it('prints negatives with a true minus sign and keeps the no-break space', () => {
    assert.equal(typographic('-1\u00a0574,6'), '\u22121\u00a0574,6');
    assert.equal(typographic('[-3; -2]'), '[\u22123; \u22122]');
    assert.equal(typographic('3-5 år'), '3-5 år');
  });
});

describe('render: the Markdown subset', () => {
  it('renders paragraphs, joining wrapped lines', () => {
    assert.equal(renderMarkdown('Ett\ntvå\n\nTre'), '<p>Ett två</p>\n<p>Tre</p>');
  });

  it('renders bold and italic, and leaves lone asterisks as text', () => {
    assert.equal(renderMarkdown('**fet** och *kursiv*, 2 * 3'), '<p><strong>fet</strong> och <em>kursiv</em>, 2 * 3</p>');
    assert.equal(renderMarkdown('*Figur 1. Organisationsschema\nför 2023.*'), '<p><em>Figur 1. Organisationsschema för 2023.</em></p>');
    assert.equal(renderMarkdown('**fet med *kursiv* inuti**'), '<p><strong>fet med <em>kursiv</em> inuti</strong></p>');
    assert.equal(renderMarkdown('\\*inte kursiv\\*'), '<p>*inte kursiv*</p>');
  });

  it('renders bullet and numbered lists, with continuation lines', () => {
    assert.equal(renderMarkdown('Inledning:\n\n- ett\n- två\n  fortsätter'), '<p>Inledning:</p>\n<ul>\n<li>ett</li>\n<li>två fortsätter</li>\n</ul>');
    assert.equal(renderMarkdown('1. a\n2. b'), '<ol>\n<li>a</li>\n<li>b</li>\n</ol>');
    assert.equal(renderMarkdown('3. c\n4. d'), '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>');
  });

  it('keeps a wrapped line that starts with a year in its paragraph', () => {
    assert.equal(renderMarkdown('Kostnaderna uppgick till 288,6 mnkr under\n2023. Posten har minskat.'), '<p>Kostnaderna uppgick till 288,6 mnkr under 2023. Posten har minskat.</p>');
  });

  it('renders hard line breaks', () => {
    assert.equal(renderMarkdown('Rad ett  \nrad två\\\nrad tre'), '<p>Rad ett<br>rad två<br>rad tre</p>');
  });

  it('lets no HTML through', () => {
    const html = renderMarkdown('<script>alert("x")</script>\n\n- <img src=x onerror=alert(1)>\n\n**<b>fet</b>**');
    assert.ok(!/<(script|img|b)\b/.test(html), html);
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
    assert.ok(html.includes('<strong>&lt;b&gt;fet&lt;/b&gt;</strong>'));
    assert.equal(renderInlineMarkdown('a <i>b</i>\n*c*'), 'a &lt;i&gt;b&lt;/i&gt; <em>c</em>');
  });

  it('never throws on odd input', () => {
    for (const text of ['', '*', '**', '***', '- ', '1.', '\\', '\u0000', '* * *', '- - -', '**a*', '*a**b*']) {
      assert.equal(typeof renderMarkdown(text), 'string');
    }
  });
});

describe('render: a small report', () => {
  const { html, css } = render(service());

  it('is a Swedish HTML5 document with a title page and no script', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="sv">'));
    assert.ok(html.includes('<title>Årsredovisning 2024 – Prov &amp; &lt;Myndighet&gt;</title>'));
    assert.ok(html.includes('<p class="agency">Prov &amp; &lt;Myndighet&gt;</p>'));
    // The title is set large but is no heading: the headings (and the PDF's bookmarks) start with the chapters.
    assert.ok(html.includes('<p class="report-title">Årsredovisning 2024</p>'));
    assert.ok(html.includes('Dnr 2025-00001'));
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/(src|href)="(https?:)?\/\//.test(html), 'no external resources');
    assert.ok(html.includes('<style>') && css.includes('@media print'));
  });

  it('has a table of contents linking to the chapters and sections', () => {
    const toc = element(html, 'toc-title', 'nav');
    assert.ok(html.includes('<nav class="toc" aria-labelledby="toc-title">'));
    assert.ok(html.includes('href="#kapitel-1"'));
    assert.ok(html.includes('href="#avsnitt-1-1"'));
    assert.ok(toc.length > 0);
  });

  it('renders chapters and sections as numbered headings, the chapter text from Markdown', () => {
    assert.ok(html.includes('<h1><span class="section-number">1</span> Resultat &lt;script&gt;</h1>'));
    assert.ok(html.includes('<h2><span class="section-number">1.1</span> Noter (tkr)</h2>'));
    assert.ok(html.includes('<p>Ett stycke med <strong>fet</strong> och <em>kursiv</em> text som fortsätter &lt;b&gt;här&lt;/b&gt;.</p>'));
  });

  it('titles notes "Not n." and anchors them', () => {
    assert.ok(html.includes('<section class="section note" id="not-1">'));
    assert.ok(html.includes('<span class="section-number">Not 1.</span> Avgifter'));
  });

  it('renders the table with caption, column and row headers, and heading rows as row groups', () => {
    const table = element(html, 'tabell-t1', 'table');
    assert.ok(table.includes('<caption><span class="caption-label">Tabell 1.</span> Intäkter &amp; kostnader</caption>'));
    assert.equal((table.match(/<th scope="col"/g) ?? []).length, 3, 'Not, 2024, 2023');
    assert.ok(table.includes('<th scope="col" class="note-ref">Not</th>'));
    assert.equal((table.match(/<tbody>/g) ?? []).length, 3);
    assert.ok(table.includes('<th scope="rowgroup" colspan="4">Intäkter</th>'));
    assert.ok(table.includes('<th scope="rowgroup" colspan="4">Kostnader</th>'));
    assert.equal((table.match(/<th scope="row">/g) ?? []).length, 6);
  });

  it('prints a heading that only repeats the row under it as one total line', () => {
    const table = element(html, 'tabell-t1', 'table');
    assert.ok(!table.includes('colspan="4">Resultat</th>'));
    assert.ok(table.includes('<tr class="sum"><th scope="row">Resultat</th>'));
    assert.ok(table.includes('<tr class="sum"><th scope="row">Summa intäkter</th>'));
    assert.ok(table.includes('<tr class="sub"><th scope="row">varav arvoden</th>'));
  });

  it('links note references to the note', () => {
    const table = element(html, 'tabell-t1', 'table');
    assert.ok(table.includes('<td class="note-ref"><a href="#not-1" aria-label="Not 1">1</a></td>'));
  });

  it('prints figures right-aligned in Swedish format with a true minus sign, empty cells as a dash', () => {
    const table = element(html, 'tabell-t1', 'table');
    assert.ok(table.includes('<td class="num">1\u00a0200</td>'));
    assert.ok(table.includes('<td class="num">\u2212500</td>'));
    assert.equal((table.match(/<td class="empty num">–<\/td>/g) ?? []).length, 2);
  });

  it('marks computed cells and says why', () => {
    const table = element(html, 'tabell-t1', 'table');
    const cell = /<td class="num computed" title="([^"]*)">1\u00a0300/.exec(table);
    assert.ok(cell, 'the computed sum is shown and marked');
    assert.match(cell[1], /Beräknat värde/);
    assert.match(cell[1], /a \+ b/);
  });

  it('marks a figure that disagrees with its formula, with the formula and intervals', () => {
    const table = element(html, 'tabell-t1', 'table');
    const cell = /<td class="num mismatch" title="([^"]*)">900/.exec(table);
    assert.ok(cell, 'the wrong result is marked');
    assert.match(cell[1], /Stämmer inte/);
    assert.match(cell[1], /summa \+ k/);
    assert.match(cell[1], /900 tkr står för \[899,5; 900,5\]/);
    assert.match(cell[1], /ger \[798,50; 801,50\]/);
    assert.ok(table.includes('<td class="num">650</td>'), 'the consistent figure is not marked');
  });

  it('prints the unit and the remark under the table, and no unit where a heading names it', () => {
    const block = element(html, 'tabell-t1', 'div');
    assert.ok(block.includes('<p class="table-unit">Belopp i tusentals kronor (tkr).</p>'));
    assert.ok(block.includes('<p class="table-remark">Avser &lt;hela&gt; året.</p>'));
    assert.ok(!element(html, 'tabell-n1', 'div').includes('table-unit'), '"Noter (tkr)" names the unit');
  });

  it('keeps a note table caption for screen readers only when it repeats the note heading', () => {
    assert.ok(html.includes('<caption class="visually-hidden"><span class="caption-label">Not 1</span> Avgifter</caption>'));
  });

  it('renders the signatures with place, date, names and roles', () => {
    assert.ok(html.includes('<p class="sign-place">Stockholm den 20 februari 2025</p>'));
    assert.ok(html.includes('<span class="signer-name">Anna Chef</span><span class="signer-role">Generaldirektör</span>'));
  });

  it('gives the body only when not standalone, with the stylesheet apart', () => {
    const part = render(service(), false);
    assert.ok(part.html.startsWith('<div class="report">'));
    assert.ok(!part.html.includes('<style>'));
    assert.ok(part.css.includes('@page'));
  });

  it('uses English labels with --lang en, keeping Swedish figures', () => {
    const s = service();
    const en = renderReport(internalsOf(s).projectFor(`${ROOT}arsredovisning.yaml`)!, internalsOf(s).locate(), { language: 'en', standalone: true });
    assert.ok(en.html.includes('<html lang="sv">'));
    // The added words are marked English inside the Swedish page (WCAG 3.1.2).
    assert.ok(en.html.includes('<span class="caption-label" lang="en">Table 1.</span>'));
    assert.ok(en.html.includes('<p class="toc-title" id="toc-title" lang="en">Contents</p>'));
    assert.ok(en.html.includes('<a class="skip-link" href="#huvudinnehall" lang="en">Skip to content</a>'));
    assert.ok(en.html.includes('1\u00a0200'));
  });
});

describe('render: a single table', () => {
  it('derives the caption from the label and links notes to #not-n', () => {
    const s = service();
    const table = s.computedTables(`${ROOT}kapitel.yaml`).find((t) => t.id === 'T1');
    assert.ok(table);
    const html = renderTable(table, { language: 'sv' });
    assert.ok(html.includes('<caption><span class="caption-label">Tabell 1.</span> Intäkter &amp; kostnader</caption>'));
    assert.ok(html.includes('href="#not-1"'));
    assert.ok(!html.includes('data-src'), 'source locations only when asked for');
    assert.ok(renderTable(table, { language: 'sv', sources: new SourceMap() }).includes('data-src="'));
  });
});

describe('render: broken input', () => {
  it('renders a chapter with odd tables without throwing', () => {
    const odd = `typ: kapitel
nummer: "1"
rubrik: Udda
tabeller:
  - id: T1
    kolumner: []
    rader:
      - avsnitt: ""
      - { rubrik: utan id }
  - id: T2
    kolumner: [{ id: a }]
    rader: [{ id: r, formel: "a +", värden: ["x"] }]
`;
    const { html } = render(service(odd));
    assert.ok(html.includes('id="tabell-t1"') && html.includes('id="tabell-t2"'));
  });
});

describe('render: figures the prose names', () => {
  it('writes {table.row.column} as the table prints it, a computed cell and other units included', () => {
    const chapter = CHAPTER.replace(
      '  Ett stycke med **fet** och *kursiv* text\n',
      '  Avgifterna var {T1.a.år2024} tkr, intäkterna {T1.summa.år2024} tkr ({T1.summa.år2024 mnkr 1} mnkr), kostnaderna {T1.k.år2024}; {T1.x.år2024} står kvar.\n  Ett stycke med **fet** och *kursiv* text\n',
    );
    const html = render(service(chapter), false).html;
    assert.match(html, /Avgifterna var 1\u00a0200 tkr, intäkterna 1\u00a0300 tkr \(1,3 mnkr\), kostnaderna \u2212500; \{T1\.x\.år2024\} står kvar\./);
  });

  it('prints a claim ({48 685 = …}) as the figure it states, in Swedish format, references beside it', () => {
    const chapter = CHAPTER.replace(
      '  Ett stycke med **fet** och *kursiv* text\n',
      '  Ökningen var {100 = T1.summa.år2024 - T1.a.år2024} tkr, cirka {1 300 ~ T1.summa.år2024}, minst {-600 <= T1.k.år2024} och {T1.a.år2024} tkr.\n  Ett stycke med **fet** och *kursiv* text\n',
    );
    const html = render(service(chapter), false).html;
    assert.match(html, /Ökningen var 100 tkr, cirka 1\u00a0300, minst \u2212600 och 1\u00a0200 tkr\./);
  });

  it('prints the figures a table’s remark names or states, and a claim in a row heading as its figure', () => {
    const chapter = CHAPTER.replace('    anmärkning: Avser <hela> året.\n', '    anmärkning: "Avgifterna ökade med {200 = T1.a.år2024 - T1.a.år2023} tkr till {T1.a.år2024} tkr."\n')
      .replace('{ id: tom, rubrik: varav arvoden,', '{ id: tom, rubrik: "varav arvoden {100 = T1.b.år2024} tkr",');
    const html = render(service(chapter), false).html;
    assert.match(html, /Avgifterna ökade med 200 tkr till 1\u00a0200 tkr\./);
    assert.match(html, /varav arvoden 100 tkr</);
    assert.ok(!html.includes('{'), 'no brace is left in the page');
  });

  it('follows the table in the preview as the author types: the figure in the text is the table’s', () => {
    const chapter = CHAPTER.replace('  Ett stycke med **fet** och *kursiv* text\n', '  Avgifterna var {T1.a.år2024} tkr.\n  Ett stycke med **fet** och *kursiv* text\n');
    const s = service(chapter);
    s.setFile({ uri: `${ROOT}kapitel.yaml`, text: chapter.replace('värden: [1200, 1000]', 'värden: [1250, 1000]') });
    assert.match(render(s, false).html, /Avgifterna var 1\u00a0250 tkr\./);
  });
});
