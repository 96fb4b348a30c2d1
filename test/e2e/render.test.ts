// End to end: `regbrev render --pdf` on the SSC 2023 sample, then the page opened in headless Chromium.
// Chromium is a system package (CI installs it in .ci/run); without it this test fails rather than
// skips, so that a missing browser can never pass for a green build.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { renderCommand } from '../../server/src/cli/commands/render';
import type { CommandIO } from '../../server/src/cli/io';
import { SAMPLE_DIR, sampleService } from '../helpers/sample';
import { internalsOf } from '../../server/src/service/internal';

const CHROMIUM = process.env.REGBREV_CHROMIUM ?? '/usr/bin/chromium';
const OUT = join(__dirname, 'out');
const SITE = join(OUT, 'ssc-2023');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

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

describe('e2e: the rendered sample in Chromium', function () {
  this.timeout(180_000);
  let browser: Browser | undefined;
  let io: ReturnType<typeof recordingIO>;
  let code: number;

  before(async () => {
    assert.ok(
      existsSync(CHROMIUM),
      `Chromium saknas på ${CHROMIUM}: installera med "apt-get install -y chromium" eller ange REGBREV_CHROMIUM. / `
      + `Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium" or set REGBREV_CHROMIUM.`,
    );
    // A fresh folder: render refuses to overwrite a PDF it has no record of writing (an older run's).
    rmSync(SITE, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    io = recordingIO();
    code = await renderCommand.run([SAMPLE_DIR, '-o', SITE, '--pdf'], io);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  after(async () => {
    await browser?.close();
  });

  it('renders the HTML and prints the PDF through the command line', () => {
    assert.equal(code, 0, io.err);
    assert.match(io.out, /index\.html/);
    assert.match(io.out, /arsredovisning\.pdf/);
    const pdf = readFileSync(join(SITE, 'arsredovisning.pdf'));
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    assert.ok(pages.length > 20, `an annual report runs to many pages, got ${pages.length}`);
  });

  it('shows every table of the sample with a caption and column headers, loading nothing from the network', async () => {
    const manifest = pathToFileURL(join(SAMPLE_DIR, 'arsredovisning.yaml')).toString();
    const expected = internalsOf(sampleService()).projectFor(manifest)?.project.tables.filter((t) => t.printed).length;
    assert.ok(expected && expected > 0);

    const page = await browser!.newPage({ viewport: { width: 1100, height: 1400 } });
    const external: string[] = [];
    page.on('request', (r) => {
      if (!/^(file|data|about):/.test(r.url())) external.push(r.url());
    });
    await page.goto(pathToFileURL(join(SITE, 'index.html')).toString());
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');

    const tables = await page.$$eval('table', (ts) =>
      ts.map((t) => ({
        id: t.getAttribute('data-table'),
        caption: t.querySelector('caption')?.textContent?.trim() ?? '',
        columns: t.querySelectorAll('thead th[scope="col"]').length,
        rowHeaders: t.querySelectorAll('tbody th[scope="row"]').length,
      })),
    );
    assert.equal(tables.length, expected);
    for (const t of tables) {
      assert.ok(t.caption.length > 0, `${t.id} has a caption`);
      assert.ok(t.columns > 0, `${t.id} has column headers`);
      assert.ok(t.rowHeaders > 0, `${t.id} has row headers`);
    }

    // Every in-page link leads somewhere.
    const broken = await page.$$eval('a[href^="#"]', (as) =>
      as.map((a) => a.getAttribute('href')!).filter((h) => !as[0].ownerDocument.getElementById(decodeURIComponent(h.slice(1)))),
    );
    assert.deepEqual(broken, []);
    assert.deepEqual(external, []);

    await page.screenshot({ path: join(OUT, 'ssc-2023.png'), fullPage: true });
    assert.ok(existsSync(join(OUT, 'ssc-2023.png')));
    await page.close();
  });
});
