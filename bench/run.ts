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
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseDocument } from 'yaml';
import { createLanguageService } from '../server/src/service/index';
import { SERVER_NODE_FLAGS } from '../server/src/shared/launch';
import { largeReport, SAMPLE, workspace, yamlFiles } from './generate';
import type { Workload } from './generate';
import { leadingAreas, readProfile, readWorkerProfiles, summarize } from './profile';
import type { ProfileSummary } from './profile';
import { MeasuredServer, positionOf } from './server';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'test', 'bench', 'out');
const QUICK = process.env.REGBREV_BENCH_QUICK === '1';
const EDITS_PER_KIND = QUICK ? 6 : 20;
const BURSTS = QUICK ? 2 : 5;
const LONG_SESSION = QUICK ? 60 : 400;
const EDITED = 'kapitel/11-finansiell-redovisning.yaml';
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');

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
async function measureEdits(server: MeasuredServer, uri: string, initial: string, editsPerKind = EDITS_PER_KIND, bursts = BURSTS): Promise<LspFigures> {
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
  for (let i = 0; i < editsPerKind; i++) {
    for (const k of kinds) {
      if (i % 2 === 0) await apply(k.from, k.to);
      else await apply(k.to, k.from);
    }
  }
  // Bursts: a word typed into prose, one keystroke every 30 ms; then the word taken out again.
  const burstLatencies: number[] = [];
  const burstCpu: number[] = [];
  const anchor = kinds[1].from.trimEnd();
  for (let b = 0; b < bursts; b++) {
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

/** The server as the VS Code client starts it (its node flags included), over stdio. */
async function regbrevServer(dir: string, node: readonly string[] = []): Promise<MeasuredServer> {
  const server = new MeasuredServer(['node', ...SERVER_NODE_FLAGS, ...node, SERVER, '--stdio']);
  server.settings = { regbrev: { language: 'sv' } };
  await server.initialize(pathToFileURL(dir).toString(), { settings: { language: 'sv' } });
  return server;
}

/** Opens the edited chapter in the server and waits for its first publication. */
async function openEdited(server: MeasuredServer, w: Workload): Promise<{ uri: string; text: string }> {
  const path = join(w.dir, EDITED);
  const uri = pathToFileURL(path).toString();
  const text = readFileSync(path, 'utf8');
  const version = await server.open(uri, text);
  await server.until((pubs) => pubs.some((p) => p.uri === uri && p.version === version));
  return { uri, text };
}

async function measureRegbrev(w: Workload, longSession: boolean): Promise<LspFigures & { rssMb?: number }> {
  const server = await regbrevServer(w.dir);
  try {
    const { uri, text } = await openEdited(server, w);
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

/**
 * A shorter session of the same edits under node --cpu-prof, apart from the measured one (sampling
 * slows the server a little): where the server's time goes once the files are open, start-up left out.
 */
async function profileRegbrev(w: Workload): Promise<ProfileSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'regbrev-profile-'));
  try {
    const server = await regbrevServer(w.dir, [`--cpu-prof`, `--cpu-prof-dir=${dir}`]);
    let from = 0;
    try {
      const { uri, text } = await openEdited(server, w);
      from = performance.now() - server.startedAt;
      await measureEdits(server, uri, text, QUICK ? 4 : 8, 2);
    } finally {
      await server.stop();
    }
    return summarize(readProfile(dir), SERVER, from);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A whole command-line run under node --cpu-prof: where its main thread's time goes, and, when it
 * checks in worker threads, how long each worker was busy.
 */
function profileCli(args: readonly string[]): ProfileSummary & { workersBusyMs?: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'regbrev-profile-'));
  try {
    spawnSync('node', ['--cpu-prof', `--cpu-prof-dir=${dir}`, CLI, ...args], { stdio: 'ignore' });
    const workers = readWorkerProfiles(dir).map((p) => summarize(p, CLI, 0).busyMs);
    return { ...summarize(readProfile(dir), CLI, 0), ...(workers.length > 0 ? { workersBusyMs: workers } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The live heap after a full collection, after `edits` edits of the large report in this process: what
 * the server must keep, against the peak resident set, which also counts garbage not yet collected.
 */
function liveHeapAfterEdits(w: Workload, edits: number): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const service = createLanguageService();
  for (const f of w.files) service.setFile({ uri: pathToFileURL(f).toString(), text: readFileSync(f, 'utf8') });
  service.analyze();
  const uri = pathToFileURL(join(w.dir, EDITED)).toString();
  const text = readFileSync(join(w.dir, EDITED), 'utf8');
  for (let i = 0; i < edits; i++) {
    service.setFile({ uri, text: i % 2 === 0 ? text.replace('[915175, 881419]', '[915999, 881419]') : text });
    service.analyze();
  }
  gc();
  gc();
  return round(process.memoryUsage().heapUsed / 2 ** 20);
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
    spawnSync('node', [CLI, 'check', dir], { stdio: 'ignore' });
    runs.push(performance.now() - t);
  }
  return round(median(runs));
}

function jobs(dirs: readonly string[]): { oneMs?: number; allMs?: number; cores: number; note?: string } {
  const cores = availableParallelism();
  const run = (n: number) => {
    const t = performance.now();
    const r = spawnSync('node', [CLI, 'check', ...dirs, '--jobs', String(n)], { encoding: 'utf8' });
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
    console.error('regbrev bench: profiles');
    const profiles = {
      sampleEdits: await profileRegbrev(sample),
      largeEdits: await profileRegbrev(large),
      cliSample: profileCli(['check', sampleDir]),
      jobsMainThread: profileCli(['check', ...many.map((w) => w.dir), '--jobs', String(availableParallelism())]),
    };
    const liveHeapMbLarge = liveHeapAfterEdits(large, QUICK ? 20 : 100);
    console.error('regbrev bench: the command line');
    const lsp = {
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
    };
    const peerFigures = {
      oursMs: round(median(small.latencies)),
      theirsMs: round(median(peer.latencies)),
      oursBurstCpuMs: round(median(small.burstCpu)),
      theirsBurstCpuMs: round(median(peer.burstCpu)),
    };
    const cli = cliWallMs(sampleDir);
    const jobFigures = jobs(many.map((w) => w.dir));
    const report = {
      machine: { cores: availableParallelism(), node: process.version, quick: QUICK },
      cases,
      lsp,
      cliWallMs: cli,
      rssMbLarge: big.rssMb,
      liveHeapMbLarge,
      jobs: jobFigures,
      peer: peerFigures,
      profiles,
      budgets: [] as Budget[],
    };
    report.budgets = budgets(report);
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
  liveHeapMbLarge: number;
  jobs: { oneMs?: number; allMs?: number; cores: number; note?: string };
  peer: { oursMs: number; theirsMs: number; oursBurstCpuMs: number; theirsBurstCpuMs: number };
  profiles: Record<'sampleEdits' | 'largeEdits' | 'cliSample', ProfileSummary> & { jobsMainThread: ProfileSummary & { workersBusyMs?: number[] } };
  budgets: Budget[];
};

interface Budget {
  readonly what: string;
  readonly value: number | null;
  readonly limit: number;
  readonly unit: string;
  readonly met: boolean;
  /** For a budget missed: what the profile or a second measurement says about where the cost lies. */
  readonly why?: string;
}

/** The issue's budgets against this run, each missed one with the measured reason. */
function budgets(r: Report): Budget[] {
  const p = r.profiles;
  const sample = r.cases[0];
  const edits = (s: ProfileSummary, what: string) => `profile of the server over ${what} (${s.busyMs} ms busy): ${leadingAreas(s)}`;
  const b = (what: string, value: number | undefined, limit: number, why: string, unit = 'ms'): Budget => {
    const met = value !== undefined && value <= limit;
    return { what, value: value ?? null, limit: round(limit), unit, met, ...(met ? {} : { why }) };
  };
  const workers = p.jobsMainThread.workersBusyMs ?? [];
  const mainShare = r.jobs.allMs ? Math.round((100 * p.jobsMainThread.busyMs) / r.jobs.allMs) : NaN;
  return [
    b('edit → diagnostics p95, sample', r.lsp.p95Ms, 50, edits(p.sampleEdits, 'edits of the sample')),
    b('edit → diagnostics p95, ×20', r.lsp.p95MsLarge, 150, edits(p.largeEdits, 'edits of the ×20 report')),
    b('CPU per edit ×20 vs 2× the sample', r.lsp.cpuMsMedianLarge, 2 * r.lsp.cpuMsMedian, `${edits(p.largeEdits, 'edits of the ×20 report')}; against the sample: ${leadingAreas(p.sampleEdits)}`),
    b('full check vs 1.5× bare parse, sample', sample.checkMs, 1.5 * sample.parseMs, `the check parses the same files with positions kept (the bare parse's cost) and then validates, models and evaluates them; profile of a CLI check of the sample (${p.cliSample.busyMs} ms busy): ${leadingAreas(p.cliSample, 5)}`),
    b('CLI wall, sample', r.cliWallMs, 1000, `profile of a CLI check of the sample (${p.cliSample.busyMs} ms busy): ${leadingAreas(p.cliSample)}`),
    b('server RSS, ×20 after the long session', r.rssMbLarge, 250, `the live heap after a full collection, after the same kind of edits in one process, is ${r.liveHeapMbLarge} MB: the rest of the peak is garbage V8 had not yet collected, the heap left to grow while memory is free`, 'MB'),
    b('edit latency vs 0.5× yaml-language-server', r.peer.oursMs, 0.5 * r.peer.theirsMs, edits(p.sampleEdits, 'edits of the sample')),
    b('burst CPU vs 0.5× yaml-language-server', r.peer.oursBurstCpuMs, 0.5 * r.peer.theirsBurstCpuMs, `a burst ends in one analysis of the whole report (yaml-language-server validates one file against its schema alone); ${edits(p.sampleEdits, 'edits of the sample')}`),
    b('50 reports, all cores vs 0.6× one', r.jobs.allMs, r.jobs.oneMs !== undefined ? 0.6 * r.jobs.oneMs : 0, `${r.jobs.cores} cores, profiled: the workers were busy ${workers.join(' + ')} ms (the work of one worker, ${r.jobs.oneMs} ms, split; each loads the bundle and warms up on its own) beside the main thread's ${p.jobsMainThread.busyMs} ms (${mainShare} % of the run; it reads every file to find and group the reports: ${leadingAreas(p.jobsMainThread, 3)}), and V8's collector and compiler threads run on the same cores`),
  ];
}

function printTable(r: Report): void {
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
    `cli wall on the sample: ${r.cliWallMs} ms; server peak RSS on ×20 after the long session: ${r.rssMbLarge} MB (live heap after a full collection: ${r.liveHeapMbLarge} MB)`,
    `jobs on 50 reports: ${r.jobs.note ?? `1 worker ${r.jobs.oneMs} ms, ${r.jobs.cores} workers ${r.jobs.allMs} ms`}`,
    '',
    'where the time goes (CPU profiles, self time by area):',
    ...(['sampleEdits', 'largeEdits', 'cliSample', 'jobsMainThread'] as const).map((k) => `  ${k.padEnd(15)} ${String(r.profiles[k].busyMs).padStart(8)} ms busy: ${leadingAreas(r.profiles[k], 5)}`),
    '',
    'budgets:',
    ...r.budgets.flatMap((x) => [
      `  ${x.met ? 'met ' : 'MISS'}  ${x.what}: ${x.value ?? 'n/a'} ${x.unit} (budget ${x.limit} ${x.unit})`,
      ...(x.why ? [`        why: ${x.why}`] : []),
    ]),
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
