// The sample's tables as data: `regbrev render` writes tabeller.json beside index.html, holding every
// figure the page prints with the interval it stands for, and its count of checked figures is the one
// `regbrev export` reports, the sample tests count (every cell of pa.checkedCells) and the preview's
// captions add up to.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../server/src/cli/commands/export';
import { renderCommand } from '../../server/src/cli/commands/render';
import type { CommandIO } from '../../server/src/cli/io';
import { SAMPLE_DIR, sampleService } from '../helpers/sample';
import { internalsOf } from '../../server/src/service/internal';

function recordingIO(): CommandIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: { write: (t: string) => void (io.out += t) },
    stderr: { write: (t: string) => void (io.err += t) },
    readStdin: async () => '',
    env: { LANG: 'sv_SE.UTF-8' },
  };
  return io;
}

interface Cell {
  id: string;
  table: string;
  tablePrinted: boolean;
  kind: string;
  printed: string;
  value: string | null;
  interval: { low: string; high: string; bounds: string } | null;
  checked: boolean;
  file: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };

/** The text of every data cell of each table of the page, by table id, in the order printed. */
function pageCells(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of html.matchAll(/<table class="report-table" data-table="([^"]+)">([\s\S]*?)<\/table>/g)) {
    const body = m[2].slice(m[2].indexOf('</thead>'));
    const cells = [...body.matchAll(/<td( class="([^"]*)")?[^>]*>([\s\S]*?)<\/td>/g)]
      .filter((c) => !(c[2] ?? '').includes('note-ref'))
      .map((c) => c[3].replace(/<span class="(visually-hidden|flag)"[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ENTITIES[e]));
    out.set(m[1], cells);
  }
  return out;
}

/** A decimal string as a number of millionths, exactly enough for the sample's figures. */
const micro = (text: string) => BigInt(Math.round(Number(text) * 1e6));

describe('the sample’s tables as data', function () {
  this.timeout(120_000);
  let dir: string;
  let cells: Cell[];
  let summary: { checked: number; figures: number };
  let html: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'regbrev-figures-'));
    const io = recordingIO();
    assert.equal(await renderCommand.run([SAMPLE_DIR, '-o', dir], io), 0, io.err);
    assert.match(io.out, /tabeller\.json/);
    const json = JSON.parse(readFileSync(join(dir, 'tabeller.json'), 'utf8')) as { summary: typeof summary; cells: Cell[] };
    cells = json.cells;
    summary = json.summary;
    html = readFileSync(join(dir, 'index.html'), 'utf8');
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds every figure the page prints, table by table, as printed', () => {
    const page = pageCells(html);
    const printedTables = new Set(cells.filter((c) => c.tablePrinted).map((c) => c.table));
    assert.equal(page.size, printedTables.size, 'every printed table is in the data, and no other');
    for (const [table, texts] of page) {
      const records = cells.filter((c) => c.table === table).map((c) => c.printed);
      assert.deepEqual(records, texts, `table ${table}`);
    }
    const figures = [...page.values()].flat().filter((t) => /\d/.test(t)).length;
    assert.ok(figures > 1000, `the sample prints over a thousand figures in its tables (${figures})`);
  });

  it('gives every figure its interval, which holds the figure', () => {
    const numbers = cells.filter((c) => c.kind === 'declared' || c.kind === 'computed');
    assert.equal(numbers.length, summary.figures);
    for (const c of numbers) {
      assert.ok(c.interval && c.value !== null, `${c.id} has a value and an interval`);
      assert.ok(micro(c.interval.low) <= micro(c.value) && micro(c.value) <= micro(c.interval.high), `${c.id}: ${c.value} in ${JSON.stringify(c.interval)}`);
      assert.ok(c.file.startsWith('kapitel/') || c.file.startsWith('bilagor/'), `${c.id} names its file relative to the report: ${c.file}`);
    }
  });

  it('counts as many checked figures as export reports, the sample tests count and the captions add up to', async () => {
    const checked = cells.filter((c) => c.checked).length;
    assert.equal(summary.checked, checked);
    const pa = internalsOf(sampleService()).analysis().projects[0];
    assert.equal(checked, pa.checkedCells.size, 'the checked figures of the mutation tests');

    const io = recordingIO();
    assert.equal(await exportCommand.run([SAMPLE_DIR, '--format', 'csv'], io), 0, io.err);
    const said = /(\d+) av (\d+) siffror kontrolleras/.exec(io.err);
    assert.ok(said, io.err);
    assert.equal(Number(said[1]), checked, 'export’s summary');
    assert.equal(Number(said[2]), summary.figures);
    assert.equal(io.out.trimEnd().split('\n').length, cells.length + 1, 'the CSV has the same records');

    const withChecks = recordingIO();
    const checksDir = join(dir, 'checks');
    assert.equal(await renderCommand.run([SAMPLE_DIR, '-o', checksDir, '--checks'], withChecks), 0);
    const captions = [...readFileSync(join(checksDir, 'index.html'), 'utf8').matchAll(/(\d+) av \d+ siffr(?:a|or) kontrollerade/g)];
    const shown = captions.reduce((n, m) => n + Number(m[1]), 0);
    const unprinted = cells.filter((c) => c.checked && !c.tablePrinted).length;
    assert.equal(shown + unprinted, checked, 'the captions of the printed tables, and the figures of the one that is not');
  });
});
