// What makes the rendered report publishable, on small inputs: the running head of the printed page with
// the sources' text safely escaped for CSS, the document's metadata, headings that never skip a level, and
// the skip link. The end-to-end tests (test/e2e/accessibility.test.ts, pdf.test.ts) check the sample.
import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/service/index';
import type { LanguageService } from '../../server/src/service/index';
import { cssString } from '../../server/src/service/render/escape';
import { renderReport } from '../../server/src/service/render/index';
import { internalsOf } from '../../server/src/service/internal';

const ROOT = 'file:///prov/';

function service(agency: string, chapter: string): LanguageService {
  const s = createLanguageService();
  s.setFile({ uri: `${ROOT}arsredovisning.yaml`, text: `typ: årsredovisning\nmyndighet: ${JSON.stringify(agency)}\nräkenskapsår: 2024\nkapitel: [kapitel.yaml]\n` });
  s.setFile({ uri: `${ROOT}kapitel.yaml`, text: chapter });
  return s;
}

const CHAPTER = `typ: kapitel
nummer: "1"
rubrik: Resultat
avsnitt:
  - text: Ett avsnitt utan rubrik, med underavsnitt.
    avsnitt:
      - nummer: "1.1"
        rubrik: Intäkter
        avsnitt:
          - { nummer: "1.1.1", rubrik: Avgifter }
`;

function render(s: LanguageService, language: 'sv' | 'en' = 'sv', standalone = true) {
  const pa = internalsOf(s).projectFor(`${ROOT}arsredovisning.yaml`);
  assert.ok(pa);
  return renderReport(pa, internalsOf(s).locate(), { language, standalone });
}

describe('render: CSS strings', () => {
  it('quotes text so that nothing can end the string, the rule or the style element', () => {
    assert.equal(cssString('Statens servicecenter'), '"Statens servicecenter"');
    assert.equal(cssString('a"b'), '"a\\22 b"');
    assert.equal(cssString('a\\b'), '"a\\5c b"');
    assert.equal(cssString('</style><script>'), '"\\3c /style\\3e \\3c script\\3e "');
    assert.equal(cssString('rad\nny'), '"rad\\a ny"');
    assert.equal(cssString('x\u0000y\ud800'), '"x\\fffd y\\fffd "');
    assert.equal(cssString('Åre & Östra'), '"Åre \\26  Östra"');
  });
});

describe('render: the printed page', () => {
  it('heads every page but the first with the agency and "Årsredovisning <år>", and numbers them "n (N)"', () => {
    const { css } = render(service('Provmyndigheten', CHAPTER));
    assert.match(css, /@top-left \{ content: "Provmyndigheten";/);
    assert.match(css, /@top-right \{ content: "Årsredovisning 2024";/);
    assert.match(css, /@bottom-center \{ content: counter\(page\) " \(" counter\(pages\) "\)";/);
    assert.match(css, /@page :first \{ @top-left \{ content: none; \} @top-right \{ content: none; \} @bottom-center \{ content: none; \} \}/);
    const en = render(service('Provmyndigheten', CHAPTER), 'en').css;
    assert.match(en, /@top-right \{ content: "Annual report 2024";/);
    assert.match(en, /content: "Page " counter\(page\) " of " counter\(pages\);/);
  });

  it('puts a hostile agency into the running head as an inert CSS string', () => {
    const agency = 'Ond"; } body { display: none } @top-left { content: "</style><script>alert(1)</script>';
    const { html, css } = render(service(agency, CHAPTER));
    const head = /@top-left \{ content: ("(?:[^"\\]|\\.)*");/.exec(css);
    assert.ok(head, 'one string in the box');
    assert.ok(!head[1].slice(1, -1).includes('"'), 'no quote ends it early');
    assert.equal((html.match(/<\/style>/g) ?? []).length, 1, 'only the stylesheet’s own end tag');
    assert.ok(!/<script/i.test(html));
    assert.ok(!/body \{ display: none \}/.test(css.replace(/"(?:[^"\\]|\\.)*"/g, '')), 'nothing outside the string');
  });

  it('leaves the running head out of the preview, which is never printed from the editor', () => {
    const { css } = render(service('Provmyndigheten', CHAPTER), 'sv', false);
    assert.ok(!css.includes('@top-left'));
    assert.match(css, /@bottom-center \{ content: counter\(page\);/);
  });

  it('describes the document for the PDF’s metadata and the page’s head', () => {
    const { html, info } = render(service('Provmyndigheten', CHAPTER));
    assert.deepEqual(info, {
      title: 'Årsredovisning 2024 – Provmyndigheten',
      author: 'Provmyndigheten',
      subject: 'Årsredovisning 2024 för Provmyndigheten',
      keywords: ['Årsredovisning', 'Provmyndigheten', '2024'],
      language: 'sv',
    });
    assert.ok(html.includes('<meta name="description" content="Årsredovisning 2024 för Provmyndigheten">'));
    assert.ok(html.includes('<meta name="keywords" content="Årsredovisning, Provmyndigheten, 2024">'));
  });
});

describe('render: structure', () => {
  it('never skips a heading level under a section without a title', () => {
    const { html } = render(service('Provmyndigheten', CHAPTER));
    assert.ok(html.includes('<h1><span class="section-number">1</span> Resultat</h1>'));
    assert.ok(html.includes('<h2><span class="section-number">1.1</span> Intäkter</h2>'), 'h2, not h3, under the untitled section');
    assert.ok(html.includes('<h3><span class="section-number">1.1.1</span> Avgifter</h3>'));
  });

  it('starts the report with a skip link to <main>, and the chapter preview without one', () => {
    const { html } = render(service('Provmyndigheten', CHAPTER));
    assert.ok(html.includes('<div class="report">\n<a class="skip-link" href="#huvudinnehall">Till innehållet</a>\n<header class="title-page">'));
    assert.ok(html.includes('<main id="huvudinnehall" tabindex="-1">'));
    assert.ok(!/<h[1-6][^>]*>[^<]*Årsredovisning 2024/.test(html), 'the title page’s title is no heading');
    const s = service('Provmyndigheten', CHAPTER);
    const chapter = s.preview(`${ROOT}kapitel.yaml`);
    assert.ok(!chapter.html.includes('skip-link'));
    assert.ok(chapter.html.includes('<main>'));
  });
});
