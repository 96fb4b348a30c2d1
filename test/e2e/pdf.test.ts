// End to end: `regbrev render --pdf` prints the sample, and poppler (Debian's poppler-utils, which npm
// test's set-up installs) reads the PDF as a reader's tools would: pdfinfo for the tags, the metadata and
// the structure tree, pdftohtml -xml for the outline (this pdfinfo, 22.12, prints no bookmarks), pdftotext
// for the running head of every page, pdffonts for embedded fonts, pdftoppm for pictures of two pages
// under test/e2e/out/. Without Chromium or poppler this test fails rather than skips.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { renderCommand } from '../../server/src/cli/commands/render';
import type { CommandIO } from '../../server/src/cli/io';
import { sectionTitle } from '../../server/src/service/render/outline';
import { labels } from '../../server/src/service/render/labels';
import { SAMPLE_DIR, sampleService } from '../helpers/sample';
import { internalsOf } from '../../server/src/service/internal';

const CHROMIUM = process.env.REGBREV_CHROMIUM ?? '/usr/bin/chromium';
const OUT = join(__dirname, 'out');
const SITE = join(OUT, 'pdf');
const PDF = join(SITE, 'arsredovisning.pdf');

function recordingIO(): CommandIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: { write: (t: string) => void (io.out += t) },
    stderr: { write: (t: string) => void (io.err += t) },
    readStdin: async () => '',
    env: { ...process.env, LANG: 'sv_SE.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, REGBREV_CHROMIUM: CHROMIUM },
  };
  return io;
}

/** A poppler tool's standard output; its complaints about tag types it does not know go to stderr, unread. */
function poppler(tool: string, args: readonly string[]): string {
  return execFileSync(tool, [...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

function field(info: string, name: string): string | undefined {
  return new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1].trim();
}

interface OutlineItem {
  readonly title: string;
  readonly children: OutlineItem[];
}

/** The outline as pdftohtml -xml writes it: <outline> lists of <item>s, a nested <outline> after its item. */
function parseOutline(xml: string): OutlineItem[] {
  const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  const decode = (t: string) => t.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => entities[e]);
  const start = xml.indexOf('<outline>');
  assert.ok(start >= 0, 'the PDF has an outline');
  const top: OutlineItem[] = [];
  const stack: OutlineItem[][] = [];
  for (const m of xml.slice(start).matchAll(/<outline>|<\/outline>|<item[^>]*>([\s\S]*?)<\/item>/g)) {
    if (m[0] === '<outline>') {
      const parent = stack[stack.length - 1];
      stack.push(parent ? parent[parent.length - 1].children : top);
    } else if (m[0] === '</outline>') {
      stack.pop();
      if (stack.length === 0) break;
    } else {
      stack[stack.length - 1].push({ title: decode(m[1]), children: [] });
    }
  }
  return top;
}

/** Titles compared without white space: pdftohtml drops the space where a heading wrapped to a new line. */
const squeeze = (t: string) => t.replace(/\s+/g, '');

describe('e2e: the printed PDF of the sample', function () {
  this.timeout(240_000);
  let pages: string[];

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `Chromium saknas / is missing at ${CHROMIUM}: apt-get install -y chromium, or set REGBREV_CHROMIUM.`);
    for (const tool of ['pdfinfo', 'pdftotext', 'pdftohtml', 'pdffonts', 'pdftoppm']) {
      assert.doesNotThrow(() => execFileSync(tool, ['-v'], { stdio: 'ignore' }), `${tool} saknas / is missing: apt-get install -y poppler-utils`);
    }
    rmSync(SITE, { recursive: true, force: true });
    mkdirSync(SITE, { recursive: true });
    const io = recordingIO();
    assert.equal(await renderCommand.run([SAMPLE_DIR, '-o', SITE, '--pdf'], io), 0, io.err);
    assert.match(io.out, /arsredovisning\.pdf/);
    pages = poppler('pdftotext', ['-layout', PDF, '-']).split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
  });

  const project = () => internalsOf(sampleService()).analysis().projects[0].project;

  it('is tagged and carries title, author, subject and language in its metadata', async () => {
    const info = poppler('pdfinfo', [PDF]);
    assert.equal(field(info, 'Tagged'), 'yes');
    assert.equal(field(info, 'Title'), 'Årsredovisning 2023 – Statens servicecenter');
    assert.equal(field(info, 'Author'), 'Statens servicecenter');
    assert.equal(field(info, 'Subject'), 'Årsredovisning 2023 för Statens servicecenter');
    assert.match(field(info, 'Keywords') ?? '', /Statens servicecenter, 2023/);
    assert.equal(field(info, 'Metadata Stream'), 'yes');
    const xmp = poppler('pdfinfo', ['-meta', PDF]);
    assert.match(xmp, /<dc:language><rdf:Bag><rdf:li>sv<\/rdf:li><\/rdf:Bag><\/dc:language>/);
    assert.match(xmp, /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Årsredovisning 2023 – Statens servicecenter<\/rdf:li>/);
    // The catalog's /Lang, which screen readers use for the whole document, and the viewer shows the title.
    const doc = await PDFDocument.load(readFileSync(PDF), { updateMetadata: false });
    assert.equal(String(doc.catalog.get(PDFName.of('Lang'))), '(sv)');
    assert.match(String(doc.catalog.get(PDFName.of('ViewerPreferences'))), /\/DisplayDocTitle true/);
    assert.ok(doc.catalog.get(PDFName.of('StructTreeRoot')), 'the structure tree survived the metadata');
    assert.match(String(doc.catalog.get(PDFName.of('MarkInfo'))), /\/Marked true/);
  });

  it('has an outline whose entries are the report’s chapters, with their sections under them', () => {
    const outline = parseOutline(poppler('pdftohtml', ['-xml', '-i', '-q', '-stdout', PDF]));
    const l = labels('sv');
    const chapters = project().chapters.map((c) => sectionTitle(c, l)!).map((t) => [t.number, t.text].filter(Boolean).join(' '));
    assert.deepEqual(outline.map((i) => squeeze(i.title)), chapters.map(squeeze));
    const four = project().chapters[3];
    const sections = four.sections.map((s) => sectionTitle(s, l)!).map((t) => `${t.number} ${t.text}`);
    assert.deepEqual(outline[3].children.map((i) => squeeze(i.title)), sections.map(squeeze), 'chapter 4’s sections under it');
  });

  it('has headings, tables with header and data cells, and figures in its structure tree', () => {
    const tree = poppler('pdfinfo', ['-struct', PDF]);
    const count = (tag: string) => (tree.match(new RegExp(`^\\s*${tag}\\b`, 'gm')) ?? []).length;
    assert.equal(count('H1'), project().chapters.length, 'one H1 per chapter');
    assert.ok(count('H2') > 20 && count('H3') > 10, `section headings (H2 ${count('H2')}, H3 ${count('H3')})`);
    assert.equal(count('Table'), project().tables.filter((t) => t.printed).length, 'one Table per printed table');
    assert.ok(count('TH') > 500, `header cells (${count('TH')})`);
    assert.ok(count('TD') > 1000, `data cells (${count('TD')})`);
    assert.ok(count('Caption') > 30, `table captions (${count('Caption')})`);
    assert.ok(count('Figure') > 10, `the charts (${count('Figure')})`);
    assert.ok(count('L') > 5 && count('LI') > 20, 'lists');
  });

  it('gives every chart its text alternative in the tag tree', async () => {
    const charts = (readFileSync(join(SITE, 'index.html'), 'utf8').match(/<svg [^>]*class="chart-svg"/g) ?? []).length;
    assert.ok(charts > 5, `the sample has charts (${charts})`);
    // poppler prints no /Alt, so the structure elements are read with pdf-lib.
    const doc = await PDFDocument.load(readFileSync(PDF), { updateMetadata: false });
    const alts: string[] = [];
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      if (!(obj instanceof PDFDict) || obj.get(PDFName.of('S')) !== PDFName.of('Figure')) continue;
      const alt = obj.get(PDFName.of('Alt'));
      if (alt instanceof PDFHexString || alt instanceof PDFString) alts.push(alt.decodeText());
    }
    assert.equal(alts.length, charts, 'one Figure with /Alt per chart');
    for (const alt of alts) assert.match(alt, /(Stapeldiagram|Linjediagram).*20\d\d/, alt);
  });

  it('shows the agency, “Årsredovisning”, the year and the page number on every page but the title page', () => {
    assert.ok(pages.length > 20, `an annual report runs to many pages (${pages.length})`);
    const info = poppler('pdfinfo', [PDF]);
    assert.equal(Number(field(info, 'Pages')), pages.length);
    const missing = pages.flatMap((text, i) => {
      if (i === 0) return [];
      const lacks = ['Statens servicecenter', 'Årsredovisning', '2023', `${i + 1} (${pages.length})`].filter((w) => !text.includes(w));
      return lacks.length > 0 ? [`page ${i + 1}: ${lacks.join(', ')}`] : [];
    });
    assert.deepEqual(missing, []);
    // The title page has its own words and no running head: its first line is the agency on the cover.
    assert.ok(!pages[0].includes(`1 (${pages.length})`), 'no page number on the title page');
  });

  it('embeds its fonts, and its text is searchable', () => {
    const fonts = poppler('pdffonts', [PDF]).split('\n').slice(2).filter((line) => line.trim() !== '');
    assert.ok(fonts.length > 0);
    for (const line of fonts) assert.match(line, /\s(CID )?(TrueType|Type 1C?|Type 3|OpenType)\S*\s+\S+\s+yes\s/, `embedded: ${line}`);
    const all = pages.join('\n');
    assert.ok(all.includes('Generaldirektören har ordet'));
    assert.ok(all.includes('1 574,6'), 'the figures are text');
  });

  it('saves pictures of the title page and a page with a table under test/e2e/out/', () => {
    const tablePage = pages.findIndex((p) => p.includes('Tabell 2.')) + 1;
    assert.ok(tablePage > 1);
    const shots: string[] = [];
    for (const [n, name] of [[1, 'pdf-titelsida'], [tablePage, 'pdf-tabell-2']] as const) {
      const prefix = join(OUT, name);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', String(n), '-l', String(n), PDF, prefix]);
      shots.push(`${prefix}.png`);
    }
    for (const shot of shots) {
      const png = readFileSync(shot);
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', shot);
      assert.ok(png.length > 10_000, `${shot} shows a page (${png.length} bytes)`);
    }
  });
});
