// `npm run bench`: what the editor and CI cost, measured on this machine, written to
// test/bench/out/report.json and printed as a table. Benchmarks measure; they assert nothing.
//   * cases: for the sample, a report 20× its size and a workspace of 50 reports, the bare YAML parse of
//     their files against the full check, in this process (medians of several runs);
//   * lsp: regbrev's server over stdio, from the last keystroke of an edit to the publication that
//     reflects it, over edits of three kinds (a figure, prose, a formula) and 10-keystroke bursts 30 ms
//     apart, with the server's CPU per edit (read from /proc), on the sample and on the large report;
//   * cliWallMs (the sample, whole process), rssMbLarge (the server's peak after 400 edits of the large
//     report), jobs (the 50 reports with one worker and with every core);
//   * peer: yaml-language-server with the project's schemas on the same file and edits.
// REGBREV_BENCH_QUICK=1 runs fewer rounds, to try the benchmark itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { createLanguageService } from '../server/src/service/index';
import { largeReport, SAMPLE, workspace, yamlFiles } from './generate';
import type { Workload } from './generate';
import { MeasuredServer, positionOf } from './server';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'test', 'bench', 'out');
const QUICK = process.env.REGBREV_BENCH_QUICK === '1';
const EDITS_PER_KIND = QUICK ? 6 : 20;
const BURSTS = QUICK ? 2 : 5;
const LONG_SESSION = QUICK ? 60 : 400;
const EDITED = 'kapitel/11-finansiell-redovisning.yaml';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};
const round = (x: number) => Math.round(x * 10) / 10;

function time(run: () => void, times: number): number {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

/** Bare parse against the full check of a workload's files, in this process. */
function measureCase(name: string, files: readonly string[]): { name: string; parseMs: number; checkMs: number } {
  const texts = files.map((f) => ({ uri: pathToFileURL(f).toString(), text: readFileSync(f, 'utf8') }));
  const times = QUICK ? 2 : 5;
  const parseMs = time(() => texts.forEach((t) => parseDocument(t.text).toJS()), times);
  const checkMs = time(() => {
    const service = createLanguageService();
    for (const t of texts) service.setFile(t);
    service.analyze();
  }, times);
  return { name, parseMs: round(parseMs), checkMs: round(checkMs) };
}

/** The three kinds of edit, each undone by the next edit of its kind, so that the file stays as it was. */
interface EditKind {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

function editKinds(text: string): EditKind[] {
  const prose = /\n\s+text: [|>]-?\n(\s+)(\S[^\n]*?)\s(\S+)\n/.exec(text);
  if (!prose) throw new Error('no prose block in the edited chapter');
  const kinds: EditKind[] = [
    { name: 'figure', from: '[915175, 881419]', to: '[915999, 881419]' },
    { name: 'prose', from: `${prose[2]} ${prose[3]}\n`, to: `${prose[2]} ${prose[3]}s\n` },
    { name: 'formula', from: 'formel: summa + utgifter', to: 'formel: utgifter + summa' },
  ];
  for (const k of kinds) if (!text.includes(k.from)) throw new Error(`the edited chapter has no "${k.from}"`);
  return kinds;
}

interface LspFigures {
  readonly latencies: number[];
  readonly cpu: number[];
  readonly burstLatencies: number[];
  readonly burstCpu: number[];
}

/** Edits of each kind, one at a time, then bursts of 10 keystrokes 30 ms apart, on one server. */
async function measureEdits(server: MeasuredServer, uri: string, initial: string): Promise<LspFigures> {
  let text = initial;
  const kinds = editKinds(text);
  const latencies: number[] = [];
  const cpu: number[] = [];
  const apply = async (from: string, to: string) => {
    const at = text.indexOf(from);
    const range = { start: positionOf(text, at), end: positionOf(text, at + from.length) };
    text = text.slice(0, at) + to + text.slice(at + from.length);
    const before = server.cpuMs();
    const sent = await server.change(uri, range, to);
    const pub = await server.published(uri, sent.at, sent.version);
    latencies.push(pub.at - sent.at);
    cpu.push(server.cpuMs() - before);
  };
  for (let i = 0; i < EDITS_PER_KIND; i++) {
    for (const k of kinds) {
      if (i % 2 === 0) await apply(k.from, k.to);
      else await apply(k.to, k.from);
    }
  }
  // Bursts: a word typed into prose, one keystroke every 30 ms; then the word taken out again.
  const burstLatencies: number[] = [];
  const burstCpu: number[] = [];
  const anchor = kinds[1].from.trimEnd();
  for (let b = 0; b < BURSTS; b++) {
    const before = server.cpuMs();
    let last = { version: 0, at: 0 };
    let at = text.indexOf(anchor) + anchor.length;
    for (const ch of ' abcdefghi') {
      const pos = positionOf(text, at);
      text = text.slice(0, at) + ch + text.slice(at);
      at++;
      last = await server.change(uri, { start: pos, end: pos }, ch);
      await new Promise((r) => setTimeout(r, 30));
    }
    const pub = await server.published(uri, last.at, last.version);
    burstLatencies.push(pub.at - last.at);
    burstCpu.push(server.cpuMs() - before);
    const start = text.indexOf(anchor) + anchor.length;
    const range = { start: positionOf(text, start), end: positionOf(text, start + 10) };
    text = text.slice(0, start) + text.slice(start + 10);
    const undo = await server.change(uri, range, '');
    await server.published(uri, undo.at, undo.version);
  }
  return { latencies, cpu, burstLatencies, burstCpu };
}

async function regbrevServer(dir: string): Promise<MeasuredServer> {
  const server = new MeasuredServer(['node', join(ROOT, 'dist', 'server.js'), '--stdio']);
  server.settings = { regbrev: { language: 'sv' } };
  await server.initialize(pathToFileURL(dir).toString(), { settings: { language: 'sv' } });
  return server;
}

async function measureRegbrev(w: Workload, longSession: boolean): Promise<LspFigures & { rssMb?: number }> {
  const server = await regbrevServer(w.dir);
  try {
    const path = join(w.dir, EDITED);
    const uri = pathToFileURL(path).toString();
    const text = readFileSync(path, 'utf8');
    const version = await server.open(uri, text);
    await server.until((pubs) => pubs.some((p) => p.uri === uri && p.version === version));
    const figures = await measureEdits(server, uri, text);
    let rssMb: number | undefined;
    if (longSession) {
      // A long editing session: the figure edit back and forth, each waited for.
      let current = text;
      for (let i = 0; i < LONG_SESSION; i++) {
        const [from, to] = i % 2 === 0 ? ['[915175, 881419]', '[915999, 881419]'] : ['[915999, 881419]', '[915175, 881419]'];
        const at = current.indexOf(from);
        const range = { start: positionOf(current, at), end: positionOf(current, at + from.length) };
        current = current.slice(0, at) + to + current.slice(at + from.length);
        const sent = await server.change(uri, range, to);
        await server.published(uri, sent.at, sent.version);
      }
      rssMb = round(server.peakRssMb());
    }
    return { ...figures, rssMb };
  } finally {
    await server.stop();
  }
}

async function measurePeer(w: Workload): Promise<LspFigures> {
  const bin = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  const server = new MeasuredServer(['node', bin, '--stdio']);
  const schema = (name: string) => pathToFileURL(join(ROOT, 'schemas', `${name}.schema.json`)).toString();
  const yaml = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemas: {
      [schema('kapitel')]: ['kapitel/*.yaml', 'bilagor/*.yaml'],
      [schema('arsredovisning')]: ['arsredovisning.yaml'],
      [schema('regleringsbrev')]: ['regleringsbrev.yaml'],
    },
  };
  server.settings = { yaml, '[yaml]': {}, editor: {}, files: {}, http: {} };
  try {
    await server.initialize(pathToFileURL(w.dir).toString());
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml } });
    const path = join(w.dir, EDITED);
    const uri = pathToFileURL(path).toString();
    const text = readFileSync(path, 'utf8');
    const opened = performance.now();
    await server.open(uri, text);
    await server.until((pubs) => pubs.some((p) => p.uri === uri && p.at >= opened));
    return await measureEdits(server, uri, text);
  } finally {
    await server.stop();
  }
}

function cliWallMs(dir: string): number {
  const runs: number[] = [];
  for (let i = 0; i < (QUICK ? 2 : 5); i++) {
    const t = performance.now();
    spawnSync('node', [join(ROOT, 'dist', 'cli.js'), 'check', dir], { stdio: 'ignore' });
    runs.push(performance.now() - t);
  }
  return round(median(runs));
}

function jobs(dirs: readonly string[]): { oneMs?: number; allMs?: number; cores: number; note?: string } {
  const cores = availableParallelism();
  const run = (n: number) => {
    const t = performance.now();
    const r = spawnSync('node', [join(ROOT, 'dist', 'cli.js'), 'check', ...dirs, '--jobs', String(n)], { encoding: 'utf8' });
    if (r.status === 2) throw new Error(r.stderr.split('\n')[0]);
    return round(performance.now() - t);
  };
  try {
    return { oneMs: run(1), allMs: run(cores), cores };
  } catch (e) {
    return { cores, note: `regbrev check --jobs: ${(e as Error).message}` };
  }
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { stdio: 'inherit' });
  const work = mkdtempSync(join(tmpdir(), 'regbrev-bench-'));
  try {
    const sampleDir = join(work, 'sample');
    cpSync(SAMPLE, sampleDir, { recursive: true });
    const sample: Workload = { dir: sampleDir, manifest: join(sampleDir, 'arsredovisning.yaml'), files: yamlFiles(sampleDir) };
    const large = largeReport(join(work, 'large'), 20);
    const many = workspace(join(work, 'many'), 50);
    console.error('regbrev bench: cases');
    const cases = [
      measureCase('sample', sample.files),
      measureCase('large ×20', large.files),
      measureCase('workspace of 50 reports', many.flatMap((w) => w.files)),
    ];
    console.error('regbrev bench: the server on the sample');
    const small = await measureRegbrev(sample, false);
    console.error('regbrev bench: the server on the large report');
    const big = await measureRegbrev(large, true);
    console.error('regbrev bench: yaml-language-server on the sample');
    const peer = await measurePeer(sample);
    console.error('regbrev bench: the command line');
    const report = {
      machine: { cores: availableParallelism(), node: process.version, quick: QUICK },
      cases,
      lsp: {
        edits: small.latencies.length,
        medianMs: round(median(small.latencies)),
        p95Ms: round(p95(small.latencies)),
        p95MsLarge: round(p95(big.latencies)),
        medianMsLarge: round(median(big.latencies)),
        cpuMsMedian: round(median(small.cpu)),
        cpuMsMedianLarge: round(median(big.cpu)),
        burstCpuMs: round(median(small.burstCpu)),
        burstCpuMsLarge: round(median(big.burstCpu)),
        burstLatencyMs: round(median(small.burstLatencies)),
      },
      cliWallMs: cliWallMs(sampleDir),
      rssMbLarge: big.rssMb,
      jobs: jobs(many.map((w) => w.dir)),
      peer: {
        oursMs: round(median(small.latencies)),
        theirsMs: round(median(peer.latencies)),
        oursBurstCpuMs: round(median(small.burstCpu)),
        theirsBurstCpuMs: round(median(peer.burstCpu)),
      },
    };
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    printTable(report);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

type Report = {
  cases: { name: string; parseMs: number; checkMs: number }[];
  lsp: Record<string, number>;
  cliWallMs: number;
  rssMbLarge?: number;
  jobs: { oneMs?: number; allMs?: number; cores: number; note?: string };
  peer: { oursMs: number; theirsMs: number; oursBurstCpuMs: number; theirsBurstCpuMs: number };
};

function printTable(r: Report): void {
  const budget = (what: string, value: number | undefined, limit: number, unit = 'ms') =>
    `  ${value !== undefined && value <= limit ? 'met ' : 'MISS'}  ${what}: ${value ?? 'n/a'} ${unit} (budget ${limit} ${unit})`;
  const sample = r.cases[0];
  const lines = [
    'regbrev bench (test/bench/out/report.json)',
    '',
    'cases (medians, this process):',
    ...r.cases.map((c) => `  ${c.name.padEnd(26)} parse ${String(c.parseMs).padStart(8)} ms   check ${String(c.checkMs).padStart(8)} ms   ratio ${(c.checkMs / c.parseMs).toFixed(2)}`),
    '',
    'edit → diagnostics over stdio (from the last keystroke to the publication reflecting it):',
    `  sample: median ${r.lsp.medianMs} ms, p95 ${r.lsp.p95Ms} ms, CPU ${r.lsp.cpuMsMedian} ms per edit, 10-keystroke burst CPU ${r.lsp.burstCpuMs} ms (${r.lsp.edits} edits)`,
    `  large ×20: median ${r.lsp.medianMsLarge} ms, p95 ${r.lsp.p95MsLarge} ms, CPU ${r.lsp.cpuMsMedianLarge} ms per edit, burst CPU ${r.lsp.burstCpuMsLarge} ms`,
    `  peer yaml-language-server on the sample: median ${r.peer.theirsMs} ms, burst CPU ${r.peer.theirsBurstCpuMs} ms`,
    `cli wall on the sample: ${r.cliWallMs} ms; server peak RSS on ×20 after the long session: ${r.rssMbLarge} MB`,
    `jobs on 50 reports: ${r.jobs.note ?? `1 worker ${r.jobs.oneMs} ms, ${r.jobs.cores} workers ${r.jobs.allMs} ms`}`,
    '',
    'budgets:',
    budget('edit → diagnostics p95, sample', r.lsp.p95Ms, 50),
    budget('edit → diagnostics p95, ×20', r.lsp.p95MsLarge, 150),
    budget('CPU per edit ×20 vs 2× the sample', r.lsp.cpuMsMedianLarge, 2 * r.lsp.cpuMsMedian),
    budget('full check vs 1.5× bare parse, sample', sample.checkMs, round(1.5 * sample.parseMs)),
    budget('CLI wall, sample', r.cliWallMs, 1000),
    budget('server RSS, ×20 after the long session', r.rssMbLarge, 250, 'MB'),
    budget('edit latency vs 0.5× yaml-language-server', r.peer.oursMs, round(0.5 * r.peer.theirsMs)),
    budget('burst CPU vs 0.5× yaml-language-server', r.peer.oursBurstCpuMs, round(0.5 * r.peer.theirsBurstCpuMs)),
    budget('50 reports, all cores vs 0.6× one', r.jobs.allMs, r.jobs.oneMs !== undefined ? round(0.6 * r.jobs.oneMs) : 0),
  ];
  console.log(lines.join('\n'));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
