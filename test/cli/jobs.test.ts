// `regbrev check --jobs`: the reports checked in worker threads give exactly the output of one thread,
// with reports that share a file (two manifests over one letter and one chapter) checked together, a
// lone chapter judged with the report around it, and --jobs refusing what is no positive whole number.
// The bundle runs (dist/cli.js), as workers start from it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const BASE = join(ROOT, 'test', 'fixtures', 'base');

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('check --jobs', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'regbrev-jobs-'));
    for (const name of ['a', 'b', 'c', 'd']) cpSync(BASE, join(dir, name), { recursive: true });
    // Report a has a second manifest over the same letter and one of its chapters, which leaves the
    // letter's appropriations unreported: the letter's findings come from that manifest's report, and both
    // reports must be judged together.
    const manifest = readFileSync(join(dir, 'a', 'arsredovisning.yaml'), 'utf8');
    writeFileSync(join(dir, 'a', 'arsredovisning-ny.yaml'), manifest.replace('  - finans.yaml\n', ''));
    // Report b has a figure that does not add up; report c a lone chapter named without its manifest.
    const resultat = join(dir, 'b', 'resultat.yaml');
    writeFileSync(resultat, readFileSync(resultat, 'utf8').replace('värden: [30, 30]', 'värden: [40, 30]'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the output of one thread, in every format, with every core and with more jobs than reports', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const one = run(dir, 'a', 'b', 'c/resultat.yaml', 'd', '--format', format, '--jobs', '1');
      assert.equal(one.status, 1, one.stderr);
      assert.ok(one.stdout.length > 0);
      for (const jobs of ['2', '8']) {
        const many = run(dir, 'a', 'b', 'c/resultat.yaml', 'd', '--format', format, '--jobs', jobs);
        assert.equal(many.status, one.status, many.stderr);
        assert.equal(many.stdout, one.stdout, `--format ${format} --jobs ${jobs}`);
      }
    }
    const text = run(dir, 'a', 'b', '--jobs', '2').stdout;
    assert.match(text, /b\/resultat\.yaml:\d+:\d+ error calc-inconsistent/);
    assert.match(text, /a\/regleringsbrev\.yaml:\d+:\d+ error coverage/, 'the shared letter has the findings of the report that leaves part of it unanswered');
  });

  it('checks an agency’s reports of consecutive years together, so that last year’s figures are compared in every thread', () => {
    // y2023 is last year's report of the same agency, which printed 13 for Ärenden A 2023 where this year's prints 12.
    cpSync(BASE, join(dir, 'y2023'), { recursive: true });
    const m = join(dir, 'y2023', 'arsredovisning.yaml');
    writeFileSync(m, readFileSync(m, 'utf8').replace('räkenskapsår: 2024', 'räkenskapsår: 2023'));
    const r = join(dir, 'y2023', 'resultat.yaml');
    writeFileSync(r, readFileSync(r, 'utf8').replace('värden: [10, 12]', 'värden: [10, 13]').replace('värden: [30, 30]', 'värden: [30, 31]'));
    const one = run(dir, 'd', 'y2023', '--jobs', '1');
    const two = run(dir, 'd', 'y2023', '--jobs', '2');
    assert.equal(two.stdout, one.stdout);
    assert.match(one.stdout, /d\/resultat\.yaml:\d+:\d+ error prior-year .*"Ärenden A", 2023: printed 12, but the report for 2023 printed 13/);
  });

  it('refuses a --jobs that is no positive whole number', () => {
    for (const bad of ['0', '-1', 'två', '1.5']) {
      const r = run(dir, 'a', '--jobs', bad);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--jobs/);
    }
  });
});
