// Where the server's time goes: a V8 CPU profile (node --cpu-prof) of the bundled server, mapped back
// through the bundle's source map to the project's files and summed by area of the code, so that a
// budget the benchmark misses comes with the profile that says why.
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileSummary {
  /** Milliseconds of samples in the window, idle excluded. */
  readonly busyMs: number;
  readonly areas: readonly { readonly area: string; readonly ms: number; readonly share: number }[];
  readonly functions: readonly { readonly name: string; readonly source: string; readonly ms: number }[];
}

/**
 * The areas, tried in order on the original source path of a sampled function. V8's own entries
 * ("(garbage collector)", "(program)") come by name.
 */
const AREAS: readonly (readonly [string, RegExp])[] = [
  ['YAML parse (yaml)', /node_modules\/yaml\//],
  ['protocol (vscode-languageserver, jsonrpc)', /node_modules\/vscode-/],
  ['schema validation', /service\/(schema|derived)\/|node_modules\/ajv/],
  ['tables and formulas', /service\/(tables|formula|numbers)\//],
  ['rules', /service\/rules\//],
  ['our YAML layer (documents, positions)', /service\/(yaml|text)\//],
  ['model and names', /service\/(model|names|forms)\//],
  ['features (completion, hover, lenses)', /service\/features\//],
  ['analysis and the rest of the service', /service\//],
  ['LSP glue', /lsp\/|shared\//],
  ['other libraries', /node_modules\//],
];

function areaOf(source: string, functionName: string): string {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)') return 'V8 and Node internals';
  for (const [area, test] of AREAS) if (test.test(source)) return area;
  return source.startsWith('node:') || source === '' ? 'V8 and Node internals' : 'other';
}

/**
 * The profile of the main thread that node writes into `dir` when the profiled process exits (its
 * name is CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile, thread 0 the main one).
 */
export function readProfile(dir: string): CpuProfile {
  const file = readdirSync(dir).find((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f));
  if (!file) throw new Error(`no CPU profile in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
}

/** The profiles of the worker threads in `dir` (every thread but the main one). */
export function readWorkerProfiles(dir: string): CpuProfile[] {
  return readdirSync(dir)
    .filter((f) => /^CPU\.\d+\.\d+\.\d+\.[1-9]\d*\.\d+\.cpuprofile$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile);
}

/**
 * Sums the samples taken from `fromMs` after the profile started (so that start-up is left out) by area
 * and by function, mapping positions in `bundle` through its `.map`.
 */
export function summarize(profile: CpuProfile, bundle: string, fromMs: number): ProfileSummary {
  const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
  const bundleUrl = `file://${bundle}`;
  const where = new Map<number, { source: string; name: string }>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    let source = f.url;
    if (f.url === bundleUrl || f.url === bundle) {
      const entry = map.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string };
      source = entry.originalSource ?? '';
    }
    where.set(n.id, { source: source.replace(/^.*?(node_modules\/|server\/src\/)/, '$1'), name: f.functionName || '(anonymous)' });
  }
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, { name: string; source: string; ms: number }>();
  let t = 0;
  let busy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = profile.timeDeltas[i] / 1000;
    t += ms;
    if (t < fromMs) continue;
    const w = where.get(profile.samples[i]);
    if (!w || w.name === '(idle)') continue;
    busy += ms;
    const area = areaOf(w.source, w.name);
    byArea.set(area, (byArea.get(area) ?? 0) + ms);
    const key = `${w.name}@${w.source}`;
    const fn = byFunction.get(key) ?? { name: w.name, source: w.source, ms: 0 };
    fn.ms += ms;
    byFunction.set(key, fn);
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    busyMs: r(busy),
    areas: [...byArea].sort((a, b) => b[1] - a[1]).map(([area, ms]) => ({ area, ms: r(ms), share: r((100 * ms) / busy) })),
    functions: [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, 12).map((f) => ({ ...f, ms: r(f.ms) })),
  };
}

/** "42 % rules, 20 % YAML parse (yaml), …": the leading areas of a summary, in words. */
export function leadingAreas(s: ProfileSummary, count = 4): string {
  return s.areas.slice(0, count).map((a) => `${Math.round(a.share)} % ${a.area}`).join(', ');
}
