// The command line on hostile reports and hostile file systems: manifest paths to other hosts are findings
// (no stack trace), files beyond the limits are one finding, outputs never replace inputs or write through
// symbolic links, init's --dir mistakes are usage errors, and what reaches the terminal has no control
// characters of the report's in it.
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandIO } from '../../server/src/cli/io';
import { main } from '../../server/src/cli/main';

const BASE = join(__dirname, '..', 'fixtures', 'base');

async function run(argv: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: { write: (t: string) => void out.push(t) },
    stderr: { write: (t: string) => void err.push(t) },
    readStdin: () => Promise.resolve(''),
    env: {},
    cwd,
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const NO_STACK = /TypeError|ERR_|internt fel|internal error|\n\s+at /;

describe('cli: hostile reports and file systems', function () {
  this.timeout(60000);
  let root: string;
  let rep: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'regbrev-hostile-'));
    rep = join(root, 'rep');
    cpSync(BASE, rep, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const manifest = () => join(rep, 'arsredovisning.yaml');
  const addChapters = (paths: string[]) =>
    writeFileSync(manifest(), readFileSync(manifest(), 'utf8').replace('  - finans.yaml', ['  - finans.yaml', ...paths.map((p) => `  - ${JSON.stringify(p)}`)].join('\n')));

  it('reports manifest paths to other hosts as findings from check and render, without a stack trace', async () => {
    addChapters(['//x/k.yaml', 'file://host/k.yaml', '\\\\server\\share\\k.yaml']);
    const checked = await run(['check', 'rep', '-f', 'json', '--lang', 'en'], root);
    assert.equal(checked.code, 1, checked.stderr);
    assert.doesNotMatch(checked.stderr, NO_STACK);
    const findings = JSON.parse(checked.stdout) as { code: string }[];
    assert.equal(findings.filter((f) => f.code === 'invalid-path').length, 3);
    const rendered = await run(['render', 'rep', '-o', 'out'], root);
    assert.equal(rendered.code, 0, rendered.stderr);
    assert.doesNotMatch(rendered.stderr, NO_STACK);
  });

  it('gives a file beyond --max-file-size one finding without reading it, and refuses a bad limit', async () => {
    const checked = await run(['check', 'rep', '-f', 'json', '--max-file-size', '5000'], root);
    const findings = JSON.parse(checked.stdout) as { file: string; code: string }[];
    assert.deepEqual(findings.filter((f) => f.file === 'rep/finans.yaml').map((f) => f.code), ['file-too-large']);
    const nodes = await run(['check', 'rep', '-f', 'json', '--max-nodes', '120'], root);
    assert.deepEqual((JSON.parse(nodes.stdout) as { file: string; code: string }[]).filter((f) => f.code === 'file-too-large').map((f) => f.file), ['rep/finans.yaml', 'rep/regleringsbrev.yaml']);
    for (const bad of ['0', '-1', 'ett', '1.5']) {
      const r = await run(['check', 'rep', '--max-file-size', bad], root);
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /positivt heltal/);
    }
  });

  it('refuses -o onto any input of the run, by name, through a link or as a hard link', async () => {
    const before = readFileSync(manifest(), 'utf8');
    symlinkSync(manifest(), join(root, 'länk.yaml'));
    linkSync(join(rep, 'resultat.yaml'), join(root, 'hård.yaml'));
    for (const target of ['rep/arsredovisning.yaml', 'länk.yaml', 'hård.yaml', 'rep/regleringsbrev.yaml']) {
      const r = await run(['check', 'rep', '-f', 'json', '-o', target], root);
      assert.equal(r.code, 2, target);
      assert.match(r.stderr, /en av filerna som kontrolleras/);
    }
    assert.equal(readFileSync(manifest(), 'utf8'), before);
    const cov = await run(['coverage', 'rep', '-f', 'json', '-o', 'rep/resultat.yaml'], root);
    assert.equal(cov.code, 2);
    const ok = await run(['check', 'rep', '-f', 'json', '-o', 'fynd.json'], root);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(existsSync(join(root, 'fynd.json')));
  });

  it('renders only into its own files: never through a link, never over a file it did not write unless --force', async () => {
    const out = join(root, 'out');
    mkdirSync(out);
    const outside = join(root, 'utanför.html');
    symlinkSync(outside, join(out, 'index.html'));
    for (const flags of [[], ['--force']]) {
      const r = await run(['render', 'rep', '-o', 'out', ...flags], root);
      assert.equal(r.code, 2, flags.join(' '));
      assert.match(r.stderr, /symbolisk länk/);
      assert.ok(!existsSync(outside), 'nothing is written through the link');
    }
    rmSync(join(out, 'index.html'));
    writeFileSync(join(out, 'index.html'), '<p>min egen sida</p>\n');
    const refused = await run(['render', 'rep', '-o', 'out'], root);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /inte skriven av regbrev/);
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), '<p>min egen sida</p>\n');
    assert.equal((await run(['render', 'rep', '-o', 'out', '--force'], root)).code, 0);
    // What render wrote it may write again.
    assert.equal((await run(['render', 'rep', '-o', 'out'], root)).code, 0);
    assert.ok(JSON.parse(readFileSync(join(out, '.regbrev-render.json'), 'utf8')).files['index.html']);
    // A PDF it did not write is refused before anything is written (no Chromium is needed to know).
    writeFileSync(join(out, 'arsredovisning.pdf'), 'min pdf');
    const pdf = await run(['render', 'rep', '-o', 'out', '--pdf'], root);
    assert.equal(pdf.code, 2);
    assert.match(pdf.stderr, /arsredovisning\.pdf.*inte skriven av regbrev/);
  });

  it('init --force never writes through a symbolic link', async () => {
    const dir = join(root, 'ny');
    assert.equal((await run(['init', '--myndighet', 'Prov', '--år', '2024', '--dir', dir], root)).code, 0);
    const victim = join(root, 'offer.txt');
    writeFileSync(victim, 'orört\n');
    rmSync(join(dir, 'regleringsbrev.yaml'));
    symlinkSync(victim, join(dir, 'regleringsbrev.yaml'));
    const file = await run(['init', '--myndighet', 'Prov', '--år', '2024', '--dir', dir, '--force'], root);
    assert.equal(file.code, 2);
    assert.match(file.stderr, /symbolisk länk/);
    assert.equal(readFileSync(victim, 'utf8'), 'orört\n');
    rmSync(join(dir, 'regleringsbrev.yaml'));
    const elsewhere = join(root, 'annanstans');
    mkdirSync(elsewhere);
    rmSync(join(dir, 'kapitel'), { recursive: true });
    symlinkSync(elsewhere, join(dir, 'kapitel'));
    const folder = await run(['init', '--myndighet', 'Prov', '--år', '2024', '--dir', dir, '--force'], root);
    assert.equal(folder.code, 2);
    assert.deepEqual(readdirSync(elsewhere), []);
  });

  it('init reports a --dir at a dangling link, under a file or where nothing can be made as a usage error', async () => {
    symlinkSync(join(root, 'finns-inte'), join(root, 'dinglar'));
    writeFileSync(join(root, 'fil'), 'x');
    for (const dir of [join(root, 'dinglar'), join(root, 'fil', 'under'), '/proc/self/regbrev-prov']) {
      const r = await run(['init', '--myndighet', 'Prov', '--år', '2024', '--dir', dir], root);
      assert.equal(r.code, 2, dir);
      assert.doesNotMatch(r.stderr, NO_STACK, dir);
      assert.match(r.stderr, /--help/, `${dir}: a usage error points to the help`);
    }
    assert.ok(!existsSync(join(root, 'finns-inte')));
  });

  it('prints no control character of a path or a message raw in the text, stylish and github formats', async () => {
    const evil = 'k\u001b]0;pwned\u0007\u001b[2J\nfake.yaml:1:1 error x.yaml';
    writeFileSync(join(rep, evil), 'typ: kapitel\nrubrik: R\nokänd: 1\n');
    writeFileSync(join(rep, 'resultat.yaml'), readFileSync(join(rep, 'resultat.yaml'), 'utf8').replace('besvarar: [ÅK-service]', 'besvarar: ["ÅK\\u001b[31m-service"]'));
    for (const format of ['text', 'stylish', 'github']) {
      const r = await run(['check', 'rep', '-f', format], root);
      assert.equal(r.code, 1, r.stderr);
      assert.doesNotMatch(r.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, format);
      assert.match(r.stdout, /\\u001b/, `${format} shows the escape as text`);
      if (format === 'text') for (const line of r.stdout.trim().split('\n')) assert.match(line, /^rep\/\S.*:\d+:\d+ (error|warning|info) [a-z-]+ /, line);
    }
  });
});
