// End to end: axe-core's WCAG 2.1 A and AA rules (tags wcag2a, wcag2aa, wcag21a, wcag21aa) in headless
// Chromium over the whole rendered sample, in Swedish and with English labels, and over the preview's HTML
// wrapped as the VS Code webview wraps it (one chapter with a figure broken, a warning and a computed cell,
// so that the marks are checked for contrast; and the whole report). Chromium is a system package (npm
// test's set-up installs it); without it this test fails rather than skips.
//
// Deliberate exceptions: none among the violations. axe leaves two kinds of result "incomplete" (needs
// review) on these pages, and each is reviewed here by a test of its own rather than waved through:
//   color-contrast     on the text inside the charts' SVG: axe cannot find the background of SVG text. The
//                      test below checks that every chart text is ink on white, or white inside a dark bar.
//   th-has-data-cells  on tables with row groups: axe cannot tell which cells a `scope="rowgroup"` header
//                      covers. The test below checks that each heads a tbody of its own across every column.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { renderCommand } from '../../server/src/cli/commands/render';
import type { CommandIO } from '../../server/src/cli/io';
import { SAMPLE_DIR, sampleFiles, sampleService } from '../helpers/sample';

const CHROMIUM = process.env.REGBREV_CHROMIUM ?? '/usr/bin/chromium';
const OUT = join(__dirname, 'out', 'accessibility');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Best-practice rules for what the issue names beyond WCAG's tags: heading order, landmarks, the skip link. */
const STRUCTURE_RULES = ['heading-order', 'landmark-one-main', 'landmark-no-duplicate-banner', 'landmark-unique', 'region', 'skip-link', 'page-has-heading-one'];
/** The "needs review" results the header explains, each checked by a test of its own. */
const REVIEWED_INCOMPLETE = new Set(['color-contrast', 'th-has-data-cells']);

function recordingIO(): CommandIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: { write: (t: string) => void (io.out += t) },
    stderr: { write: (t: string) => void (io.err += t) },
    readStdin: async () => '',
    env: { ...process.env, LANG: 'sv_SE.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined },
  };
  return io;
}

// The functions run in the page start from an element handed in (typed loosely, as the project's
// TypeScript has no DOM library) and reach the document through it.
async function runAxe(page: Page, options: { tags?: readonly string[]; rules?: readonly string[] }): Promise<AxeResults> {
  if (!(await page.$eval('html', (root) => 'axe' in root.ownerDocument.defaultView))) await page.addScriptTag({ content: axe.source });
  const runOnly = options.rules ? { type: 'rule', values: options.rules } : { type: 'tag', values: options.tags ?? TAGS };
  return page.$eval('html', async (root, o) => root.ownerDocument.defaultView.axe.run(root.ownerDocument, { runOnly: o }), runOnly) as Promise<AxeResults>;
}

/** Which of axe's targets (CSS selectors) stand inside an element matching `within`. */
async function targetsWithin(page: Page, targets: readonly string[], within: string): Promise<string[]> {
  return page.$eval('html', (root, a) => a.targets.filter((t) => root.ownerDocument.querySelector(t)?.closest(a.within)), { targets: [...targets], within });
}

function describeResults(results: readonly Result[]): string {
  return results.map((r) => `${r.id} (${r.impact}): ${r.help}\n${r.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');
}

/** No violation; and nothing left for review but the kinds the header explains. */
async function assertAccessible(page: Page, what: string): Promise<AxeResults> {
  const results = await runAxe(page, { tags: TAGS });
  assert.deepEqual(results.violations.map((v) => v.id), [], `${what}:\n${describeResults(results.violations)}`);
  const unreviewed = results.incomplete.filter((r) => !REVIEWED_INCOMPLETE.has(r.id));
  assert.deepEqual(unreviewed.map((r) => r.id), [], `${what}, to review:\n${describeResults(unreviewed)}`);
  // Contrast left for review only where axe cannot see the background: text inside a chart's SVG.
  const contrast = results.incomplete.find((r) => r.id === 'color-contrast')?.nodes ?? [];
  const targets = contrast.map((n) => String(n.target[0]));
  const inCharts = await targetsWithin(page, targets, 'svg.chart-svg');
  assert.deepEqual(targets.filter((t) => !inCharts.includes(t)), [], `${what}: contrast to review outside the charts`);
  const structure = await runAxe(page, { rules: STRUCTURE_RULES });
  assert.deepEqual(structure.violations.map((v) => v.id), [], `${what}:\n${describeResults(structure.violations)}`);
  return results;
}

/** The contrast ratio of two colours given as #rrggbb (WCAG 2.1's relative luminance). */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The page as the VS Code webview builds it around the preview's HTML (client/src/preview/previewPanel.ts). */
function webviewPage(title: string, html: string, css: string): string {
  const previewCss = readFileSync(join(__dirname, '..', '..', 'client', 'media', 'preview.css'), 'utf8');
  return [
    '<!DOCTYPE html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // VS Code names the webview by the panel's title; a page of our own needs the title element for it.
    `<title>${title}</title>`,
    `<style>${css}</style>`,
    `<style>${previewCss}</style>`,
    '</head>',
    '<body>',
    '<div id="stale" class="preview-stale" role="status" hidden>Uppdaterar…</div>',
    '<div id="notice" class="preview-notice" role="status" hidden></div>',
    `<div id="content" data-regbrev-preview>${html}</div>`,
    '</body>',
    '</html>',
  ].join('\n');
}

describe('e2e: accessibility of the rendered sample and the preview (axe-core, WCAG 2.1 AA)', function () {
  this.timeout(240_000);
  let browser: Browser | undefined;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `Chromium saknas / is missing at ${CHROMIUM}: apt-get install -y chromium, or set REGBREV_CHROMIUM.`);
    // A fresh folder: render never overwrites a file it has no record of writing.
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const [lang, dir] of [['sv', 'sv'], ['en', 'en']]) {
      const io = recordingIO();
      assert.equal(await renderCommand.run([SAMPLE_DIR, '-o', join(OUT, dir), '--lang', lang], io), 0, io.err);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  after(async () => {
    await browser?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser!.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(pathToFileURL(path).toString());
    return page;
  }

  it('finds no violation in the whole rendered sample', async () => {
    const page = await open(join(OUT, 'sv', 'index.html'));
    const results = await assertAccessible(page, 'the rendered sample');
    assert.ok(results.passes.some((p) => p.id === 'color-contrast' && p.nodes.length > 1000), 'contrast was checked on the page’s text');
    assert.ok(results.passes.some((p) => p.id === 'svg-img-alt'), 'the charts have text alternatives');
    await page.close();
  });

  it('marks the page Swedish and every English word the renderer adds as English', async () => {
    const page = await open(join(OUT, 'en', 'index.html'));
    await assertAccessible(page, 'the rendered sample with English labels');
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    // Text of the renderer's own English words, and where it stands without lang="en" around it.
    const stray = await page.$eval('body', (body) => {
      const english = /^(Contents|Skip to content|Table \d+\.|Note \d+\.?$|Note$|Chart:|Amounts in|Shares in|Financial year|Agency|Appropriation letter|Amending decisions|Leadership|Produced with regbrev|Ref\. no\.|Report|Board|Annual report \d{4}| – outcome and target|\(decided|The target for|Higher values|Lower values)/;
      const out: string[] = [];
      const SHOW_TEXT = 4;
      const walker = body.ownerDocument.createTreeWalker(body, SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (!english.test(text.trimStart()) || n.parentElement?.closest('svg')) continue;
        if (n.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'en') out.push(text.trim().slice(0, 60));
      }
      return out;
    });
    assert.deepEqual(stray, []);
    const marked = await page.$$eval('[lang="en"]', (els) => els.length);
    assert.ok(marked > 100, `the English labels are marked (${marked})`);
    // The report's own text stays Swedish.
    assert.equal(await page.$eval('main h1', (h) => h.closest('[lang]')?.getAttribute('lang')), 'sv');
    await page.close();
  });

  it('leads past the title page and the contents with a skip link, into the landmarks', async () => {
    const page = await open(join(OUT, 'sv', 'index.html'));
    await page.keyboard.press('Tab');
    const focused = await page.$eval('html', (root) => {
      const active = root.ownerDocument.activeElement;
      return { text: active?.textContent, href: active?.getAttribute('href'), shown: active?.getBoundingClientRect().top >= 0 };
    });
    assert.deepEqual(focused, { text: 'Till innehållet', href: '#huvudinnehall', shown: true }, 'the skip link comes first and shows when it has focus');
    await page.keyboard.press('Enter');
    await page.waitForFunction('document.activeElement && document.activeElement.tagName === "MAIN"');
    const landmarks = await page.$$eval('header, nav, main', (els) => els.map((e) => e.tagName.toLowerCase()));
    assert.deepEqual(landmarks, ['header', 'nav', 'main']);
    // Headings never skip a level, and the first is a chapter.
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
    assert.equal(levels[0], 1);
    assert.ok(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1), 'no heading skips a level');
    await page.close();
  });

  it('draws chart text in ink on white, or white inside a dark bar (axe cannot see SVG backgrounds)', async () => {
    const page = await open(join(OUT, 'sv', 'index.html'));
    const texts = await page.$$eval('svg.chart-svg', (svgs) => svgs.flatMap((svg) => {
      const bars = [...svg.querySelectorAll('rect.chart-bar')].map((r) => ({ fill: r.getAttribute('fill') ?? '', box: r.getBBox() }));
      return [...svg.querySelectorAll('text')].map((t) => {
        const box = t.getBBox();
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        const under = bars.filter((b) => cx >= b.box.x && cx <= b.box.x + b.box.width && cy >= b.box.y && cy <= b.box.y + b.box.height);
        return { fill: t.getAttribute('fill') ?? svg.getAttribute('fill') ?? '', under: under.map((b) => b.fill), text: t.textContent ?? '' };
      });
    }));
    assert.ok(texts.length > 100, `the sample's charts have text (${texts.length})`);
    for (const t of texts) {
      const background = t.under.length > 0 ? t.under[t.under.length - 1] : '#ffffff';
      assert.match(background, /^#[0-9a-f]{6}$/, `"${t.text}" stands on a plain fill, not a pattern`);
      const ratio = contrast(t.fill, background);
      assert.ok(ratio >= 4.5, `"${t.text}": ${t.fill} on ${background} is ${ratio.toFixed(2)}:1`);
    }
    await page.close();
  });

  it('heads each row group by the first row of its own tbody, across every column (axe cannot tell)', async () => {
    const page = await open(join(OUT, 'sv', 'index.html'));
    const groups = await page.$$eval('th[scope="rowgroup"]', (ths) => ths.map((th) => {
      const table = th.closest('table')!;
      const tr = th.parentElement!;
      const columns = table.querySelector('thead tr')!.children.length;
      return { first: tr.parentElement?.tagName === 'TBODY' && tr.parentElement.firstElementChild === tr, alone: tr.children.length === 1, span: Number(th.getAttribute('colspan')), columns };
    }));
    assert.ok(groups.length > 10);
    for (const g of groups) assert.deepEqual(g, { ...g, first: true, alone: true, span: g.columns });
    await page.close();
  });

  it('finds no violation in the preview of a chapter with a broken figure, a warning and a computed cell', async () => {
    const files = sampleFiles();
    const uri = [...files.keys()].find((u) => u.endsWith('04-verksamhetens-intakter-och-kostnader.yaml'))!;
    const original = files.get(uri)!;
    // Tabell 1's result no longer adds up (an error), a figure has more decimals than its table prints (a
    // warning), and Tabell 2's first sum is left to its formula (computed).
    const broken = original
      .replace('värden: [-3.7, 9.3, 11.9]', 'värden: [-5.7, 9.3, 11.9]')
      .replace('värden: [3.5, 3.6, 3.4]', 'värden: [3.54, 3.6, 3.4]')
      .replace('        värden: [581.4, 533.3, 501.4]\n', '');
    assert.notEqual(broken, original);
    files.set(uri, broken);
    const service = sampleService(files);
    const preview = service.preview(uri);
    assert.equal(preview.scope, 'chapter');
    const path = join(OUT, 'preview-chapter.html');
    writeFileSync(path, webviewPage(preview.title, preview.html, preview.css));
    const page = await open(path);
    const results = await assertAccessible(page, 'the preview of a chapter');
    const marks = await page.$$eval('td.mismatch', (tds) => tds.map((td) => td.className));
    assert.ok(marks.some((c) => c.includes('severity-error')), `an error is marked: ${marks.join(' | ')}`);
    assert.ok(marks.some((c) => c.includes('severity-warning')), `a warning is marked: ${marks.join(' | ')}`);
    // axe compared the marked cells' text with their backgrounds, and they passed.
    const passed = results.passes.find((p) => p.id === 'color-contrast')?.nodes.map((n) => String(n.target[0])) ?? [];
    const checked = await targetsWithin(page, passed, 'td.mismatch');
    assert.ok(checked.length >= 2, `the marks' contrast was checked (${checked.length} nodes)`);
    // A sign beside the colour: the mark does not rely on colour alone (WCAG 1.4.1).
    const signs = await page.$$eval('td.mismatch .flag', (fs) => fs.map((f) => f.textContent));
    assert.ok(signs.includes('\u2716') && signs.includes('\u26a0'), signs.join(' '));
    assert.ok((await page.$$eval('td.computed .flag', (fs) => fs.map((f) => f.textContent))).includes('\u0192'), 'a computed cell is marked ƒ');
    await page.close();
  });

  it('finds no violation in the preview of the whole report', async () => {
    const service = sampleService();
    const manifest = pathToFileURL(join(SAMPLE_DIR, 'arsredovisning.yaml')).toString();
    const preview = service.preview(manifest);
    assert.equal(preview.scope, 'report');
    const path = join(OUT, 'preview-report.html');
    writeFileSync(path, webviewPage(preview.title, preview.html, preview.css));
    const page = await open(path);
    await assertAccessible(page, 'the preview of the report');
    assert.ok(await page.$('td.computed, span.check-count'), 'the preview shows its checks');
    await page.close();
  });
});
