// `regbrev init` must scaffold a report that `regbrev check` passes without errors or warnings, for any
// year and form of leadership, and must never write over an author's work unless told to.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandIO } from '../../server/src/cli/io';
import { main } from '../../server/src/cli/main';
import { folderName } from '../../server/src/cli/init/options';

interface Recording extends CommandIO {
  readonly out: string[];
  readonly err: string[];
}

function recordingIO(): Recording {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (t: string) => void out.push(t) },
    stderr: { write: (t: string) => void err.push(t) },
    readStdin: () => Promise.resolve(''),
    env: {},
  };
}

async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = recordingIO();
  const code = await main(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

interface JsonFinding {
  readonly file: string;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

/** Checks a folder as CI would and returns its exit code and findings. */
async function check(dir: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const { code, stdout } = await run(['check', dir, '--format', 'json', '--lang', 'en']);
  return { code, findings: JSON.parse(stdout) as JsonFinding[] };
}

function assertClean(result: { code: number; findings: JsonFinding[] }): void {
  const serious = result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(serious.map((f) => `${f.file} ${f.severity} ${f.code} ${f.message}`), []);
  assert.equal(result.code, 0);
}

describe('regbrev init', function () {
  // Checking a whole report loads the service and the schemas, which takes a few seconds the first time.
  this.timeout(60000);
  let root: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'regbrev-init-'));
  });

  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('scaffolds a report for an agency led by one head that checks clean', async () => {
    const dir = join(root, 'enradighet-2025');
    const result = await run(['init', '--myndighet', 'Provmyndigheten', '--år', '2025', '--dir', dir]);
    assert.equal(result.code, 0, result.stderr);
    for (const file of ['regleringsbrev.yaml', 'arsredovisning.yaml', 'kapitel/01-resultatredovisning.yaml', 'kapitel/04-intygande.yaml']) {
      assert.ok(existsSync(join(dir, file)), file);
      assert.ok(result.stdout.includes(file), `stdout names ${file}`);
    }
    assert.match(result.stdout, /regbrev check /);
    const checked = await check(dir);
    assertClean(checked);
    // Every requirement is answered and the indicator has its outcome, so the example shows full coverage.
    const summary = checked.findings.find((f) => f.code === 'coverage-summary');
    assert.match(summary?.message ?? '', /3 of 3 .*1 of 1/);
    const manifest = readFileSync(join(dir, 'arsredovisning.yaml'), 'utf8');
    assert.match(manifest, /räkenskapsår: 2025/);
    assert.match(manifest, /form: enrådighet/);
    assert.match(readFileSync(join(dir, 'kapitel/04-intygande.yaml'), 'utf8'), /datum: 2026-02-20/);
  });

  it('scaffolds a report for another year and a board that checks clean', async () => {
    const dir = join(root, 'styrelse-2019');
    const result = await run(['init', '--myndighet', 'Myndigheten för #prov: ärenden', '--ar', '2019', '--ledning', 'styrelse', '--dir', dir]);
    assert.equal(result.code, 0, result.stderr);
    assertClean(await check(dir));
    const manifest = readFileSync(join(dir, 'arsredovisning.yaml'), 'utf8');
    assert.match(manifest, /form: styrelse/);
    assert.equal(manifest.match(/namn: Namn Efternamn/g)?.length, 4);
    assert.match(readFileSync(join(dir, 'regleringsbrev.yaml'), 'utf8'), /budgetår: 2019/);
  });

  it('refuses to write into a non-empty folder unless --force', async () => {
    const dir = join(root, 'upptagen');
    mkdirSync(dir);
    writeFileSync(join(dir, 'anteckningar.txt'), 'mitt arbete\n');
    const refused = await run(['init', '--myndighet', 'Provmyndigheten', '--år', '2024', '--dir', dir]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /inte tom/);
    assert.match(refused.stderr, /not empty/);
    assert.ok(!existsSync(join(dir, 'arsredovisning.yaml')));

    const forced = await run(['init', '--myndighet', 'Provmyndigheten', '--år', '2024', '--dir', dir, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(join(dir, 'anteckningar.txt'), 'utf8'), 'mitt arbete\n');
    assertClean(await check(dir));
  });

  it('writes into an existing empty folder', async () => {
    const dir = join(root, 'tom');
    mkdirSync(dir);
    const result = await run(['init', '--myndighet', 'Provmyndigheten', '--år', '2024', '--dir', dir]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(join(dir, 'regleringsbrev.yaml')));
  });

  it('rejects missing or implausible arguments as usage errors', async () => {
    const dir = join(root, 'fel');
    const cases: [string[], RegExp][] = [
      [['--år', '2025'], /--myndighet/],
      [['--myndighet', 'Provmyndigheten'], /--år/],
      [['--myndighet', 'Provmyndigheten', '--år', 'tjugo'], /räkenskapsår/],
      [['--myndighet', 'Provmyndigheten', '--år', '1999'], /räkenskapsår/],
      [['--myndighet', 'Provmyndigheten', '--år', '2525'], /räkenskapsår/],
      [['--myndighet', 'Provmyndigheten', '--år', '2025.5'], /räkenskapsår/],
      [['--myndighet', ' ', '--år', '2025'], /tomt/],
      [['--myndighet', 'Provmyndigheten', '--år', '2025', '--ledning', 'nämnd'], /--ledning/],
      [['--myndighet', 'Provmyndigheten', '--år', '2025', '--år', '2024'], /en gång/],
      [['--myndighet', 'Provmyndigheten', '--år', '2025', '--ar', '2024'], /inte båda/],
      [['--myndighet', 'Provmyndigheten', '--år', '2025', 'mapp'], /--dir/],
    ];
    for (const [args, message] of cases) {
      const result = await run(['init', ...args, '--dir', dir]);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message, args.join(' '));
    }
    assert.ok(!existsSync(dir));
  });

  it('explains itself in Swedish and English', async () => {
    const result = await run(['init', '--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /myndighetens namn/);
    assert.match(result.stdout, /the agency's name/);
  });

  it('names the default folder after the agency and the year', () => {
    assert.equal(folderName('Provmyndigheten', 2025), 'provmyndigheten-2025');
    assert.equal(folderName('Myndigheten för digital förvaltning', 2024), 'myndigheten-for-digital-forvaltning-2024');
    assert.equal(folderName('Ålänningarnas Å-verk', 2023), 'alanningarnas-a-verk-2023');
  });
});
