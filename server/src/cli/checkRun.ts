// The check of a set of files, as one process or one worker runs it: load the files and the reports
// around them, analyse, and turn the findings of the files asked for into what the formats print. The
// findings keep the service's sort key, so that the results of several workers merge into the order one
// process gives.
import { compareProblems, createLanguageService } from '../service/index';
import type { Problem, ServiceSettings } from '../service/index';
import { toFinding } from './formats/finding';
import type { Finding } from './formats/finding';
import { displayPath, inputPaths, loadIntoService, loadReportAround } from './load';

/** A finding with what orders it: the problem's file, offsets, code and English message. */
export interface SortedFinding {
  readonly finding: Finding;
  readonly key: { readonly uri: string; readonly start: number; readonly end: number; readonly code: string; readonly en: string };
}

export interface CheckResult {
  readonly findings: readonly SortedFinding[];
  /** The files asked for, as the formats print them. */
  readonly files: readonly string[];
  /** Every file read (inputs, which no output may replace). */
  readonly inputs: readonly string[];
  /** How many files were checked, the reports around the files asked for included. */
  readonly checked: number;
  /**
   * How many of the files asked for are regbrev files, or meant to be one (a misspelt typ): none means
   * the paths hold nothing to check, which is a usage error, not a clean run.
   */
  readonly regbrevFiles: number;
}

export interface CheckRequest {
  readonly settings: ServiceSettings;
  readonly files: readonly string[];
  readonly overlay: ReadonlyMap<string, string>;
  /** A file read from stdin, checked as though it stood at this URI. */
  readonly stdinUri?: string;
  readonly cwd: string;
  readonly quiet: boolean;
}

export function checkFiles(req: CheckRequest, onStage?: (checking: number) => void): CheckResult {
  const service = createLanguageService(req.settings);
  const requested = loadIntoService(service, req.files, req.overlay);
  if (req.stdinUri && !requested.includes(req.stdinUri)) requested.push(req.stdinUri);
  // A chapter or letter named without its manifest (or read from stdin) is judged with its report, as the
  // editor judges it: its manifest, requirement set and other chapters are loaded, their findings not shown.
  const members = reportMembers(service);
  for (const uri of requested) {
    if (members.has(uri)) continue;
    loadReportAround(service, uri, req.overlay);
    for (const m of reportMembers(service)) members.add(m);
  }
  onStage?.(service.uris().length);
  const analysis = service.analyze();
  const problems: Problem[] = requested
    .flatMap((uri) => [...(analysis.problems.get(uri) ?? [])])
    // --quiet drops everything below error, both from the output and from the exit code, as ESLint does.
    .filter((p) => !req.quiet || p.severity === 'error')
    .sort(compareProblems);
  const language = service.settings.language;
  return {
    findings: problems.map((p) => ({
      finding: toFinding(service, p, language, req.cwd),
      key: { uri: p.uri, start: p.range.start, end: p.range.end, code: p.code, en: p.message.en },
    })),
    files: requested.map((u) => displayPath(u, req.cwd)),
    inputs: inputPaths(service),
    checked: service.uris().length,
    regbrevFiles: requested.filter((uri) => {
      const f = service.getFile(uri);
      return f?.kind !== undefined || f?.meantKind !== undefined || f?.overLimit === true;
    }).length,
  };
}

/** Every file some report of the service holds names: manifests and what they refer to, found once. */
function reportMembers(service: ReturnType<typeof createLanguageService>): Set<string> {
  const members = new Set<string>();
  for (const uri of service.uris()) {
    const kind = service.getFile(uri)?.kind;
    if (kind !== 'årsredovisning' && kind !== 'redovisning') continue;
    members.add(uri);
    for (const ref of service.referencedUris(uri)) members.add(ref);
  }
  return members;
}

/** The order one process gives: compareProblems on the sort keys. */
export function compareFindings(a: SortedFinding, b: SortedFinding): number {
  const x = a.key;
  const y = b.key;
  if (x.uri !== y.uri) return x.uri < y.uri ? -1 : 1;
  if (x.start !== y.start) return x.start - y.start;
  if (x.end !== y.end) return x.end - y.end;
  if (x.code !== y.code) return x.code < y.code ? -1 : 1;
  return x.en < y.en ? -1 : x.en > y.en ? 1 : 0;
}
