// The live preview as the service renders it: one chapter or the whole report, findings marked on the
// figures they stand on (with a sign and the finding's message as the description), computed cells
// marked, a count of checked figures per table, every element tied to its source, and hostile text inert.
import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/service/index';
import type { LanguageService } from '../../server/src/service/index';

const ROOT = 'file:///prov/';
const MANIFEST_URI = `${ROOT}arsredovisning.yaml`;
const CHAPTER_URI = `${ROOT}kapitel/resultat.yaml`;
const OTHER_URI = `${ROOT}kapitel/annat.yaml`;

const MANIFEST = `typ: årsredovisning
myndighet: Provmyndigheten
räkenskapsår: 2024
kapitel:
  - kapitel/resultat.yaml
  - kapitel/annat.yaml
`;

const CHAPTER = `typ: kapitel
nummer: "1"
rubrik: Resultat
text: Inledning.
avsnitt:
  - nummer: "1.1"
    rubrik: Intäkter
    tabeller:
      - id: T1
        nummer: 1
        rubrik: Intäkter och kostnader
        enhet: tkr
        decimaler: 0
        kolumner:
          - { id: år2024, rubrik: "2024", år: 2024 }
          - { id: år2023, rubrik: "2023", år: 2023 }
        rader:
          - { id: a, rubrik: Avgifter, värden: [1200, 1000] }
          - { id: b, rubrik: Bidrag, värden: [100, 50] }
          - { id: summa, rubrik: Summa, formel: a + b }
          - { id: total, rubrik: Totalt, värden: [1300, 1060], formel: a + b }
          - { id: c, rubrik: Övrigt, värden: [5, 6] }
`;

const OTHER = `typ: kapitel
nummer: "2"
rubrik: Annat
text: Ett annat kapitel.
`;

function service(chapter = CHAPTER, other = OTHER): LanguageService {
  const s = createLanguageService();
  s.setFile({ uri: MANIFEST_URI, text: MANIFEST });
  s.setFile({ uri: CHAPTER_URI, text: chapter });
  s.setFile({ uri: OTHER_URI, text: other });
  return s;
}

/** The opening tag of the cell whose data-cell is `key`, and the cell's whole markup. */
function cell(html: string, key: string): { tag: string; markup: string } {
  const at = html.indexOf(`data-cell="${key}"`);
  assert.ok(at >= 0, `cell ${key} is rendered`);
  const start = html.lastIndexOf('<td', at);
  const end = html.indexOf('</td>', at) + 5;
  return { tag: html.slice(start, html.indexOf('>', at) + 1), markup: html.slice(start, end) };
}

describe('preview: scope', () => {
  it('shows the chapter of a chapter file, without title page or contents', () => {
    const p = service().preview(CHAPTER_URI);
    assert.ok(p);
    assert.equal(p.scope, 'chapter');
    assert.equal(p.title, '1 Resultat');
    assert.equal(p.reportUri, MANIFEST_URI);
    assert.ok(p.html.includes('Resultat') && !p.html.includes('Ett annat kapitel'));
    assert.ok(!p.html.includes('class="title-page"') && !p.html.includes('class="toc"'));
    assert.deepEqual([...p.files].sort(), [MANIFEST_URI, OTHER_URI, CHAPTER_URI].sort());
  });

  it('shows the whole report from the manifest', () => {
    const p = service().preview(MANIFEST_URI);
    assert.ok(p);
    assert.equal(p.scope, 'report');
    assert.equal(p.title, 'Årsredovisning 2024');
    assert.ok(p.html.includes('class="title-page"') && p.html.includes('Ett annat kapitel') && p.html.includes('Intäkter och kostnader'));
  });

  it('has nothing to show for a file of no report', () => {
    const s = service();
    s.setFile({ uri: 'file:///annan/ci.yaml', text: 'on: push\n' });
    const p = s.preview('file:///annan/ci.yaml');
    assert.equal(p.scope, 'none');
    assert.match(p.message ?? '', /hör inte till någon årsredovisning/);
    assert.equal(p.html, '');
  });
});

describe('preview: source locations', () => {
  it('ties headings, tables, rows and cells to where they stand in the source', () => {
    const p = service().preview(CHAPTER_URI);
    const indices = [...p.html.matchAll(/data-src="(\d+)"/g)].map((m) => Number(m[1]));
    assert.ok(indices.length > 10);
    assert.ok(indices.every((i) => i >= 0 && i < p.sources.length), 'every index points into the list');
    const figure = cell(p.html, 'T1.a.år2023').tag;
    const src = p.sources[Number(/data-src="(\d+)"/.exec(figure)![1])];
    assert.equal(src.uri, CHAPTER_URI);
    assert.equal(CHAPTER.slice(src.range.start, src.range.end), '1000');
    const heading = /<h2 data-src="(\d+)">/.exec(p.html);
    assert.ok(heading, 'the section heading is tied to its section');
    const section = p.sources[Number(heading[1])];
    assert.ok(CHAPTER.slice(section.range.start, section.range.end).startsWith('nummer: "1.1"'));
  });

  it('ties a computed cell, which has no figure of its own, to its row', () => {
    const p = service().preview(CHAPTER_URI);
    const src = p.sources[Number(/data-src="(\d+)"/.exec(cell(p.html, 'T1.summa.år2024').tag)![1])];
    assert.ok(CHAPTER.slice(src.range.start, src.range.end).startsWith('{ id: summa'));
  });
});

describe('preview: what the checker found', () => {
  it('marks a figure with a finding by a sign and the finding’s message as its description', () => {
    const s = service();
    const p = s.preview(CHAPTER_URI);
    const { tag, markup } = cell(p.html, 'T1.total.år2023');
    assert.match(tag, /class="[^"]*\bmismatch\b[^"]*\bseverity-error\b/);
    assert.ok(markup.includes('<span class="flag" aria-hidden="true">\u2716</span>'), 'a sign, not colour alone');
    const id = /aria-describedby="([^"]+)"/.exec(tag)?.[1];
    assert.ok(id, 'the cell has a description');
    const finding = s.problems(CHAPTER_URI).find((f) => f.code === 'calc-inconsistent');
    assert.ok(finding);
    const description = new RegExp(`<span id="${id}" hidden>([^<]*)</span>`).exec(markup)?.[1];
    assert.equal(description?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'), finding.message.sv);
  });

  it('leaves consistent figures unmarked', () => {
    const p = service().preview(CHAPTER_URI);
    const { markup } = cell(p.html, 'T1.total.år2024');
    assert.ok(!markup.includes('mismatch') && !markup.includes('class="flag"'), markup);
  });

  it('marks computed cells as computed, with the formula as their description', () => {
    const p = service().preview(CHAPTER_URI);
    const { tag, markup } = cell(p.html, 'T1.summa.år2024');
    assert.match(tag, /\bcomputed\b/);
    assert.ok(markup.includes('<span class="flag" aria-hidden="true">\u0192</span>1\u00a0300'), markup);
    assert.match(markup, /<span id="finding-\d+" hidden>Beräknat värde[^<]*a \+ b/);
  });

  it('says in the caption how many of the table’s figures are checked', () => {
    const p = service().preview(CHAPTER_URI);
    // Eight printed figures: the two totals are checked against a + b with the four parts they sum; c is not.
    assert.match(p.html, /<caption><span class="caption-label">Tabell 1\.<\/span> Intäkter och kostnader <span class="check-count">6 av 8 siffror kontrollerade<\/span><\/caption>/);
  });

  it('follows the fix: once the figure adds up, the mark is gone', () => {
    const s = service();
    assert.ok(s.preview(CHAPTER_URI).html.includes('mismatch'));
    s.setFile({ uri: CHAPTER_URI, text: CHAPTER.replace('[1300, 1060]', '[1300, 1050]') });
    assert.ok(!s.preview(CHAPTER_URI).html.includes('mismatch'));
  });

  it('speaks the settings’ language in its own words and keeps Swedish figures', () => {
    const s = service();
    s.configure({ language: 'en' });
    const p = s.preview(CHAPTER_URI);
    assert.ok(p.html.includes('6 of 8 figures checked'));
    assert.ok(p.html.includes('Table 1.'));
    assert.ok(p.html.includes('1\u00a0200'));
  });

  it('counts the analyses, so that a client knows when to render again', () => {
    const s = service();
    s.analyze();
    const first = s.generation;
    s.analyze();
    assert.equal(s.generation, first, 'no change, no new analysis');
    s.setFile({ uri: CHAPTER_URI, text: CHAPTER.replace('Inledning.', 'Inledning!') });
    s.analyze();
    assert.equal(s.generation, first + 1);
  });
});

describe('preview: hostile text', () => {
  const hostile = CHAPTER
    .replace('rubrik: Resultat', 'rubrik: "<script>alert(1)</script> Resultat"')
    .replace('text: Inledning.', 'text: "<img src=x onerror=alert(1)> [klicka](javascript:alert(1)) <a href=\\"javascript:alert(2)\\" onclick=\\"x()\\">a</a>"')
    .replace('rubrik: Avgifter', 'rubrik: "Avgifter <b onmouseover=alert(3)>"');

  it('shows markup, event handlers and javascript: links as text', () => {
    const p = service(hostile).preview(CHAPTER_URI);
    assert.ok(!/<script/i.test(p.html), 'no script element');
    assert.ok(!/<(img|a|b)\s[^>]*\bon\w+=/i.test(p.html), 'no event-handler attribute');
    assert.ok(!/\son\w+="/i.test(p.html.replace(/&[a-z#0-9]+;/gi, '')), 'no attribute named on…');
    assert.ok(!/href="\s*javascript:/i.test(p.html), 'no javascript: link');
    assert.ok(p.html.includes('&lt;script&gt;alert(1)&lt;/script&gt; Resultat'));
    assert.ok(p.html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(p.html.includes('Avgifter &lt;b onmouseover=alert(3)&gt;'));
  });
});

describe('preview: figures in the text', () => {
  // Fees rose by 200 (1 200 − 1 000): the claim holds; grants by 50 (100 − 50), which the text says is 60.
  const PROSE = 'text: Avgifterna ökade med {200 = T1.a.år2024 - T1.a.år2023} tkr och bidragen med {60 = T1.b.år2024 - T1.b.år2023} tkr; avgifterna var {T1.a.år2024} tkr.';
  const withProse = (text = PROSE) => service(CHAPTER.replace('text: Inledning.', text));

  it('marks a figure of the text that a finding stands on as a cell is marked, with the finding as its description', () => {
    const s = withProse();
    const p = s.preview(CHAPTER_URI);
    const mark = /<span class="prose-figure mismatch severity-error"[^>]*>.*?<\/span><\/span>/.exec(p.html)?.[0];
    assert.ok(mark, p.html.slice(0, 2000));
    assert.ok(mark.includes('<span class="flag" aria-hidden="true">\u2716</span>60<span id="'), mark);
    const id = /aria-describedby="([^"]+)"/.exec(mark)?.[1];
    const finding = s.problems(CHAPTER_URI).find((f) => f.code === 'prose-inconsistent');
    assert.ok(finding && id);
    const description = new RegExp(`<span id="${id}" hidden>([^<]*)</span>`).exec(mark)?.[1];
    assert.equal(description?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'), finding.message.sv);
    // A click on the mark leads to the claim in the source.
    const src = p.sources[Number(/data-src="(\d+)"/.exec(mark)![1])];
    assert.equal(CHAPTER.replace('text: Inledning.', PROSE).slice(src.range.start, src.range.end), '{60 = T1.b.år2024 - T1.b.år2023}');
  });

  it('prints the figures that hold, and those it names, unmarked', () => {
    const html = withProse().preview(CHAPTER_URI).html;
    assert.match(html, /Avgifterna ökade med 200 tkr och bidragen med /);
    assert.match(html, /avgifterna var 1\u00a0200 tkr\./);
    assert.equal([...html.matchAll(/class="prose-figure/g)].length, 1);
  });

  it('marks a reference that names nothing where it stands, printed as written', () => {
    const html = withProse('text: Avgifterna var {T1.x.år2024} tkr.').preview(CHAPTER_URI).html;
    assert.match(html, /<span class="prose-figure mismatch severity-error"[^>]*><span class="flag" aria-hidden="true">\u2716<\/span>\{T1\.x\.år2024\}<span id=/);
  });

  it('marks a figure a row’s heading states that does not hold', () => {
    const chapter = (figure: string) => CHAPTER.replace('rubrik: Övrigt,', `rubrik: "Övrigt, varav {${figure} = T1.c.år2024 - 1} tkr",`);
    const heading = (html: string) => /<th scope="row"[^>]*>Övrigt, varav .*?<\/th>/.exec(html)?.[0] ?? '';
    const holds = heading(service(chapter('4')).preview(CHAPTER_URI).html);
    assert.match(holds, /Övrigt, varav 4 tkr<\/th>/);
    const broken = heading(service(chapter('6')).preview(CHAPTER_URI).html);
    assert.match(broken, /<span class="prose-figure mismatch severity-error"[^>]*><span class="flag" aria-hidden="true">\u2716<\/span>6<span id=/);
  });

  it('prints a report without marks', () => {
    const printed = withProse().render(MANIFEST_URI, { standalone: false })!.html;
    assert.match(printed, /bidragen med 60 tkr/);
    assert.ok(!printed.includes('prose-figure'));
  });

  it('takes no character an author pasted for a mark of its own', () => {
    const html = withProse(PROSE.replace('Avgifterna', 'Avgifterna\ue0000\ue001\ue002')).preview(CHAPTER_URI).html;
    assert.ok(!/[\ue000-\ue002]/.test(html), 'no sentinel reaches the page');
    assert.equal([...html.matchAll(/class="prose-figure/g)].length, 1);
    // The figures keep their places in the source: the mark leads to the claim, not three characters before it.
    const p = withProse(PROSE.replace('Avgifterna', 'Avgifterna\ue0000\ue001\ue002')).preview(CHAPTER_URI);
    const mark = /<span class="prose-figure[^>]*>/.exec(p.html)![0];
    const src = p.sources[Number(/data-src="(\d+)"/.exec(mark)![1])];
    const source = CHAPTER.replace('text: Inledning.', PROSE.replace('Avgifterna', 'Avgifterna\ue0000\ue001\ue002'));
    assert.equal(source.slice(src.range.start, src.range.end), '{60 = T1.b.år2024 - T1.b.år2023}');
  });
});
