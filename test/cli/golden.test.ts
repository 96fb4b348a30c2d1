// Golden scenarios of the command line, run in-process through main() with a recording CommandIO. Each
// folder under test/cli/golden/ is one scenario:
//
//   cmd       the arguments after `regbrev`, split like a shell does (quotes keep spaces and globs)
//   base      optional: lines `<path in the repository> [as <path in the scenario>]`, copied in order
//             into a fresh temporary folder that becomes the working directory (later lines win)
//   files/    optional: files copied over the bases, for seeded errors
//   stdin     optional: what the command reads from standard input
//   env       optional: KEY=VALUE lines of environment (LANG=sv_SE.UTF-8 unless it sets LANG, LC_ALL or
//             LC_MESSAGES, so that a scenario is Swedish unless it says otherwise); `tty` present: stdout
//             is a terminal
//   stdout    the exact expected standard output
//   exit      the expected exit code
//   stderr    optional: the exact expected standard error (kept for usage errors)
//   written/  optional: files the command is expected to write (-o), by their path in the scenario
//
// REGBREV_UPDATE_GOLDEN=1 (re)writes stdout, exit, written/ and, for exit 2, stderr.
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import type { CommandIO } from '../../server/src/cli/io';
import { main } from '../../server/src/cli/main';

const ROOT = join(__dirname, '..', '..');
const GOLDEN = join(__dirname, 'golden');
const UPDATE = process.env.REGBREV_UPDATE_GOLDEN === '1';

/** Splits a command line like a POSIX shell without expansion: whitespace separates, quotes group. */
export function splitCommand(line: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let quote: string | undefined;
  for (const ch of line.trim()) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current ??= '';
    } else if (/\s/.test(ch)) {
      if (current !== undefined) out.push(current);
      current = undefined;
    } else {
      current = (current ?? '') + ch;
    }
  }
  if (current !== undefined) out.push(current);
  return out;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

const read = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

function prepare(scenario: string, work: string): void {
  for (const line of (read(join(scenario, 'base')) ?? '').split('\n')) {
    const m = /^\s*(\S+)(?:\s+as\s+(\S+))?\s*$/.exec(line);
    if (!m) continue;
    const target = join(work, m[2] ?? basename(m[1]));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(ROOT, m[1]), target, { recursive: true });
  }
  if (existsSync(join(scenario, 'files'))) cpSync(join(scenario, 'files'), work, { recursive: true });
}

function recordingIO(scenario: string, work: string) {
  const out = { stdout: '', stderr: '' };
  const env: Record<string, string> = {};
  for (const line of (read(join(scenario, 'env')) ?? '').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  if (!('LANG' in env || 'LC_ALL' in env || 'LC_MESSAGES' in env)) env.LANG = 'sv_SE.UTF-8';
  const io: CommandIO = {
    stdout: { write: (t: string) => void (out.stdout += t), isTTY: existsSync(join(scenario, 'tty')) },
    stderr: { write: (t: string) => void (out.stderr += t), isTTY: false },
    readStdin: async () => read(join(scenario, 'stdin')) ?? '',
    env,
    cwd: work,
  };
  return { io, out };
}

function check(path: string, actual: string, what: string): void {
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const expected = read(path);
  assert.ok(expected !== undefined, `${relative(ROOT, path)} is missing; run with REGBREV_UPDATE_GOLDEN=1`);
  assert.equal(actual, expected, `${what} differs from ${relative(ROOT, path)}`);
}

describe('CLI golden scenarios', () => {
  const scenarios = readdirSync(GOLDEN).filter((n) => existsSync(join(GOLDEN, n, 'cmd'))).sort();

  it('has scenarios', () => assert.ok(scenarios.length > 0));

  for (const name of scenarios) {
    it(name, async () => {
      const scenario = join(GOLDEN, name);
      const work = mkdtempSync(join(tmpdir(), 'regbrev-golden-'));
      try {
        prepare(scenario, work);
        const before = new Set(listFiles(work));
        const { io, out } = recordingIO(scenario, work);
        const code = await main(splitCommand(read(join(scenario, 'cmd'))!), io);
        // Outputs must not depend on the machine: no absolute path of the scenario or the repository.
        for (const text of [out.stdout, ...listFiles(work).filter((f) => !before.has(f)).map((f) => readFileSync(f, 'utf8'))]) {
          assert.ok(!text.includes(work) && !text.includes(ROOT), 'output contains an absolute path');
        }
        check(join(scenario, 'stdout'), out.stdout, 'stdout');
        check(join(scenario, 'exit'), `${code}\n`, `exit code (stderr: ${out.stderr})`);
        if (existsSync(join(scenario, 'stderr')) || (UPDATE && code === 2)) check(join(scenario, 'stderr'), out.stderr, 'stderr');
        const written = listFiles(work).filter((f) => !before.has(f)).map((f) => relative(work, f)).sort();
        const expected = listFiles(join(scenario, 'written')).map((f) => relative(join(scenario, 'written'), f)).sort();
        if (!UPDATE) assert.deepEqual(written, expected, 'files written');
        for (const f of written) check(join(scenario, 'written', f), readFileSync(join(work, f), 'utf8'), `written ${f}`);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  }
});
