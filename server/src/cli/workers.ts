// `regbrev check --jobs N`: the reports checked in N worker threads. The files are grouped by report
// first (a report's manifest with every file it names; reports that share a file, such as a letter, in
// one group), so that every report is analysed whole in one worker and its findings are exactly those one
// process gives; the groups are dealt to the workers by size, and the findings merged in the order one
// process prints them. Workers run the bundle they were started from (dist/cli.js); from the sources (the
// tests run the commands in-process) the check runs in this thread.
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createLanguageService } from '../service/index';
import type { ServiceSettings } from '../service/index';
import { checkFiles, compareFindings } from './checkRun';
import type { CheckRequest, CheckResult } from './checkRun';
import { MANIFEST, toUri } from './load';

const WORKER_KIND = 'regbrev-check';

interface WorkerInput {
  readonly kind: typeof WORKER_KIND;
  readonly request: Omit<CheckRequest, 'overlay'>;
}

/**
 * The files by report: each group one or more reports (joined when they share a file or an agency) and
 * files of none.
 */
function groupByReport(files: readonly string[], settings: ServiceSettings): string[][] {
  const service = createLanguageService(settings);
  const manifests: string[] = [];
  const agencyOf = new Map<string, { agency: string; year: number }>();
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    if (!MANIFEST.test(text)) continue;
    service.setFile({ uri: toUri(f), text });
    manifests.push(f);
    const agency = /^myndighet:\s*["']?(.+?)["']?\s*(#.*)?$/m.exec(text)?.[1]?.trim().toLowerCase();
    const year = Number(/^räkenskapsår:\s*(\d{4})\s*(#.*)?$/m.exec(text)?.[1]);
    if (agency && Number.isInteger(year)) agencyOf.set(f, { agency, year });
  }
  // Union-find over manifests that share a file, or that are one agency's reports of consecutive years:
  // those are checked together, so that a report is compared with its predecessor (prior-year) whatever
  // the number of jobs.
  const parent = manifests.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byAgencyYear = new Map<string, number>();
  manifests.forEach((m, i) => {
    const key = agencyOf.get(m);
    if (key && !byAgencyYear.has(`${key.agency}\n${key.year}`)) byAgencyYear.set(`${key.agency}\n${key.year}`, i);
  });
  manifests.forEach((m, i) => {
    const key = agencyOf.get(m);
    const before = key ? byAgencyYear.get(`${key.agency}\n${key.year - 1}`) : undefined;
    if (before !== undefined) parent[find(i)] = find(before);
  });
  const ownerOf = new Map<string, number>();
  manifests.forEach((m, i) => {
    for (const uri of [toUri(m), ...service.referencedUris(toUri(m))]) {
      const other = ownerOf.get(uri);
      if (other === undefined) ownerOf.set(uri, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, string[]>();
  const orphans: string[] = [];
  for (const f of files) {
    const owner = ownerOf.get(toUri(f));
    if (owner === undefined) {
      orphans.push(f);
      continue;
    }
    const root = find(owner);
    const list = groups.get(root);
    if (list) list.push(f);
    else groups.set(root, [f]);
  }
  // Files of no report listed (a lone chapter finds its manifest on disk) are checked together.
  return [...groups.values(), ...(orphans.length ? [orphans] : [])];
}

/** Deals the groups to `n` workers, the largest first to the least loaded. */
function deal(groups: readonly string[][], n: number): string[][] {
  const bins: string[][] = Array.from({ length: n }, () => []);
  for (const g of [...groups].sort((a, b) => b.length - a.length)) {
    const bin = bins.reduce((best, b) => (b.length < best.length ? b : best));
    bin.push(...g);
  }
  return bins.filter((b) => b.length > 0);
}

/** The bundle a worker runs, or undefined when this code runs from its sources. */
function workerEntry(): string | undefined {
  return __filename.endsWith('.js') ? __filename : undefined;
}

/**
 * Checks the files in up to `jobs` workers; in this thread when there is one group or one job, or when
 * running from the sources.
 */
export async function checkInWorkers(request: CheckRequest, jobs: number, onStage?: (checking: number) => void): Promise<CheckResult> {
  const entry = workerEntry();
  const groups = jobs > 1 && entry && request.overlay.size === 0 ? groupByReport(request.files, request.settings) : [];
  if (!entry || groups.length < 2) return checkFiles(request, onStage);
  const bins = deal(groups, Math.min(jobs, groups.length));
  const results = await Promise.all(bins.map((files) => runWorker(entry, { kind: WORKER_KIND, request: { ...request, overlay: undefined, files } as WorkerInput['request'] })));
  const checked = results.reduce((n, r) => n + r.checked, 0);
  onStage?.(checked);
  return {
    findings: results.flatMap((r) => r.findings).sort(compareFindings),
    files: results.flatMap((r) => r.files),
    inputs: [...new Set(results.flatMap((r) => r.inputs))],
    checked,
    regbrevFiles: results.reduce((n, r) => n + r.regbrevFiles, 0),
  };
}

function runWorker(entry: string, input: WorkerInput): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: input });
    let result: CheckResult | undefined;
    worker.once('message', (m: { result?: CheckResult; error?: string }) => {
      if (m.error !== undefined) reject(new Error(m.error));
      else result = m.result;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`worker exited with code ${code} before answering`));
    });
  });
}

/** True in a worker started by checkInWorkers. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as WorkerInput | undefined)?.kind === WORKER_KIND;
}

/** The worker's side: check its files and answer once. */
export function runCheckWorker(): void {
  const input = workerData as WorkerInput;
  try {
    const result = checkFiles({ ...input.request, overlay: new Map() });
    parentPort!.postMessage({ result });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).stack ?? String(e) });
  }
}
