// Runs every check over the workspace: file checks (YAML, schema) for each file, and the report checks
// (references, tables, coverage, the letter's conditions, FÅB) for each report. Severities from the
// settings and suppression comments are applied here, so that the editor and the CLI always agree.
import type { OffsetRange, Problem } from './problems';
import { compareProblems } from './problems';
import { buildProjects } from './project';
import type { Project } from './project';
import { RULE_UNITS } from './rules/all';
import { reportContext } from './rules/context';
import type { WorkspaceContext } from './rules/context';
import { isStatusCode } from './rules/registry';
import { runUnit } from './rules/unit';
import type { RuleUnit } from './rules/unit';
import type { ServiceSettings } from './settings';
import { isSuppressed, readDirectives } from './suppress';
import type { Cell } from './tables/cells';
import { drain, EvaluationCache, evaluateTablesInSteps } from './tables/components';
import type { RelationRecord } from './tables/components';
import type { Engine } from './tables/engine';
import type { LocateFn } from './tables/locate';
import { evaluateOutcomes } from './tables/outcomes';
import { evaluateClaims } from './tables/proseClaims';
import type { ClaimValues } from './tables/proseClaims';
import type { OutcomeValues } from './tables/outcomes';
import { TableIndex } from './tables/resolve';
import type { Table } from './model/types';
import type { ReportNames } from './names/types';
import type { Projection } from './derived/projection';
import { valueAtPointer } from './yaml/pointer';
import type { ErrorSink, FileState, Workspace } from './workspace';
import { pointerRange, scalarOffset, scalarStretch } from './yaml/pointer';

export interface ProjectAnalysis {
  readonly project: Project;
  readonly index: TableIndex;
  readonly engine: Engine;
  /** The value of every indicator's and goal's outcome. */
  readonly outcomes: OutcomeValues;
  /** The figures the texts state and check against the tables (`{48 685 = …}`). */
  readonly claims: ClaimValues;
  /** Every reference site of the report with what it names. */
  readonly names: ReportNames;
  /** The report seen from its requirement set. */
  readonly projection: Projection;
  readonly relations: readonly RelationRecord[];
  /** The keys of every printed figure some check compares (formulas, forms, the letter's conditions). */
  readonly checked: ReadonlySet<string>;
  /** The same figures as cells of this analysis' model. */
  readonly checkedCells: ReadonlySet<Cell>;
  /** The ids of the tables this analysis evaluated; the others kept the results of an earlier one. */
  readonly evaluated: readonly string[];
}

export interface Analysis {
  readonly projects: readonly ProjectAnalysis[];
  /** Problems per file URI, sorted, after settings and suppressions. */
  readonly problems: ReadonlyMap<string, readonly Problem[]>;
}

const UNITS: readonly RuleUnit[] = RULE_UNITS;

export function makeLocate(ws: Workspace): LocateFn {
  const empty = (uri: string) => ({ uri, range: { start: 0, end: 0 } });
  return {
    origin(origin, target = 'value') {
      const f = ws.get(origin.uri);
      return f ? { uri: origin.uri, range: pointerRange(f.parsed.doc, origin.ptr, target) } : empty(origin.uri);
    },
    span(origin, span) {
      const f = ws.get(origin.uri);
      if (!f) return empty(origin.uri);
      if (span) {
        const start = scalarOffset(f.parsed.doc, f.text, origin.ptr, span.start);
        const end = scalarOffset(f.parsed.doc, f.text, origin.ptr, span.end);
        if (start !== undefined && end !== undefined) return { uri: origin.uri, range: { start, end: Math.max(end, start + 1) } };
        // In a block scalar (prose), the same stretch of text where it stands in the source.
        const stretch = scalarStretch(f.parsed.doc, f.text, origin.ptr, span.start, span.end);
        if (stretch) return { uri: origin.uri, range: stretch };
      }
      return { uri: origin.uri, range: pointerRange(f.parsed.doc, origin.ptr, 'value') };
    },
  };
}

/**
 * A YAML block's range runs to the start of the next line: trailing line breaks and spaces are cut, so
 * that a finding (and its related locations) covers the lines it concerns and no more, in the editor and
 * in every CLI format alike.
 */
function trimRange<R extends { readonly range: OffsetRange }>(r: R, text: string): R {
  const { start, end } = r.range;
  let last = end;
  while (last > start && /\s/.test(text[last - 1] ?? '')) last--;
  return last === end ? r : { ...r, range: { start, end: last } };
}

function trimProblem(p: Problem, textOf: (uri: string) => string): Problem {
  const trimmed = trimRange(p, textOf(p.uri));
  const related = p.related?.map((r) => trimRange(r, textOf(r.uri)));
  return related && related.some((r, i) => r !== p.related![i]) ? { ...trimmed, related } : trimmed;
}

const directives = new WeakMap<object, ReturnType<typeof readDirectives>>();

/** A file's suppression comments, read once per text. */
function directivesOf(file: FileState | undefined): ReturnType<typeof readDirectives> {
  if (!file) return readDirectives('');
  let d = directives.get(file);
  if (!d) {
    d = readDirectives(file.text);
    directives.set(file, d);
  }
  return d;
}

/** What a table is, by content: equal fingerprints, equal tables (and equal evaluations). */
function fingerprinter(ws: Workspace): (t: Table) => string {
  return (t) => {
    let f = fingerprints.get(t);
    if (f === undefined) {
      const value = valueAtPointer(ws.get(t.uri)?.parsed.value, t.origin.ptr);
      // A note's table is labelled by its note, which its messages quote.
      f = `${t.uri}#${t.origin.ptr}|${t.section.not ?? ''}|${contentOf(value)}`;
      fingerprints.set(t, f);
    }
    return f;
  };
}

/**
 * A table's data as text. A re-read edit replaces only the objects on the path to what changed, so the
 * data of an unchanged table is the very same object as before, and its text is remembered by it.
 */
function contentOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? '';
  let text = contents.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    contents.set(value, text);
  }
  return text;
}

const contents = new WeakMap<object, string>();
const fingerprints = new WeakMap<Table, string>();

/** The letter's figures that formulas may name (`rb.…`), by content. */
function factsDigest(index: TableIndex): string {
  return [...index.rbFacts].map(([k, f]) => `${k}=${f.interval.lo.n}/${f.interval.lo.d}:${f.interval.hi.n}/${f.interval.hi.d}`).join('\n');
}

/** A set of cells built only when asked for, from the keys of the analysis. */
function cellsOf(index: TableIndex, keys: ReadonlySet<string>): ReadonlySet<Cell> {
  const out = new Set<Cell>();
  for (const t of index.tables.values()) {
    for (const r of t.dataRows) for (const c of t.columns) {
      const cell = index.cell(t, r, c);
      if (keys.has(cell.key)) out.add(cell);
    }
  }
  return out;
}

function* analyzeProjectInSteps(
  project: Project,
  ws: Workspace,
  settings: ServiceSettings,
  onError?: ErrorSink,
  evaluationCache?: EvaluationCache,
): Generator<void, { analysis: ProjectAnalysis; problems: Problem[] }> {
  const locate = makeLocate(ws);
  const index = new TableIndex(project.tables, project.requirementSet);
  const evaluation = yield* evaluateTablesInSteps(index, settings.roundingMode, fingerprinter(ws), factsDigest(index), evaluationCache);
  const { engine } = evaluation;
  const outcomes = evaluateOutcomes(project, engine);
  const claims = evaluateClaims(project, engine);
  const ctx = reportContext(project, index, engine, locate, outcomes, evaluation.findings, claims);
  const checkedByRules: Cell[] = [];
  const problems: Problem[] = [];
  for (const unit of UNITS) {
    const report = unit.report;
    if (!report || !(unit.reportKinds ?? ['årsredovisning', 'redovisning']).includes(project.manifest.kind)) continue;
    const result = runUnit(unit, locate, (out) => report(ctx, out), onError);
    problems.push(...result.problems);
    checkedByRules.push(...result.checked);
  }
  // Built when first asked for (by the preview, the figures' summary), not after every edit.
  let checked: ReadonlySet<string> | undefined;
  const checkedKeys = () => {
    if (!checked) {
      const all = new Set(evaluation.checked);
      for (const c of checkedByRules) all.add(c.key);
      checked = all;
    }
    return checked;
  };
  let cells: ReadonlySet<Cell> | undefined;
  const analysis: ProjectAnalysis = {
    project,
    index,
    engine,
    outcomes,
    claims,
    get names() {
      return ctx.names;
    },
    get projection() {
      return ctx.projection;
    },
    relations: evaluation.relations,
    get checked() {
      return checkedKeys();
    },
    get checkedCells() {
      cells ??= cellsOf(index, checkedKeys());
      return cells;
    },
    evaluated: evaluation.evaluated,
  };
  return { analysis, problems };
}

/**
 * What a report's analysis depended on: the state of each of its files (states are replaced, never mutated,
 * when a text changes), the files it lacks, and the settings. Equal inputs give the same analysis.
 */
interface CachedProject {
  readonly states: readonly unknown[];
  readonly missing: string;
  readonly settings: ServiceSettings;
  readonly analysis: ProjectAnalysis;
  readonly problems: readonly Problem[];
  /** The report's evaluated tables, kept for its next analysis. */
  readonly evaluation: EvaluationCache;
}

export type ProjectCache = Map<string, CachedProject>;

function sameInputs(cached: CachedProject, states: readonly unknown[], missing: string, settings: ServiceSettings): boolean {
  return cached.settings === settings && cached.missing === missing && cached.states.length === states.length && cached.states.every((s, i) => s === states[i]);
}

/**
 * The analysis with the figures that checks across reports compared (last year's report) among its checked
 * ones. Those checks run after every report's own analysis, which may be kept from an earlier edit: the
 * kept analysis is not changed, a view of it answers for this run.
 */
function withCheckedAcross(pa: ProjectAnalysis, across: readonly Cell[]): ProjectAnalysis {
  const mine = new Set(pa.project.tables);
  const keys = across.filter((c) => mine.has(c.table)).map((c) => c.key);
  if (keys.length === 0) return pa;
  let checked: ReadonlySet<string> | undefined;
  let cells: ReadonlySet<Cell> | undefined;
  const all = () => (checked ??= new Set([...pa.checked, ...keys]));
  return Object.create(pa, {
    checked: { get: all },
    checkedCells: { get: () => (cells ??= cellsOf(pa.index, all())) },
  }) as ProjectAnalysis;
}

/**
 * Analyses every report of the workspace. With a cache, a report none of whose files changed keeps its
 * previous analysis, so that an edit re-checks the report it belongs to and nothing else.
 */
export function analyzeWorkspace(ws: Workspace, settings: ServiceSettings, cache?: ProjectCache, onError?: ErrorSink): Analysis {
  return drain(analyzeWorkspaceInSteps(ws, settings, cache, onError));
}

/**
 * The same analysis as steps, to be run in slices by an editor that must stay responsive: a step ends after
 * each file loaded, each part of a report's tables evaluated and each report checked. Stopping between
 * steps loses nothing that was done: what was loaded and evaluated is kept by content.
 */
export function* analyzeWorkspaceInSteps(ws: Workspace, settings: ServiceSettings, cache?: ProjectCache, onError?: ErrorSink): Generator<void, Analysis> {
  for (const uri of ws.uris()) {
    if (ws.isLoaded(uri)) continue;
    ws.get(uri);
    yield;
  }
  const byUri = new Map<string, Problem[]>();
  const add = (p: Problem) => {
    const list = byUri.get(p.uri);
    if (list) list.push(p);
    else byUri.set(p.uri, [p]);
  };
  const locate = makeLocate(ws);
  for (const f of ws.all()) {
    for (const unit of UNITS) {
      const check = unit.file;
      if (check) runUnit(unit, locate, (out) => check(f, out), onError).problems.forEach(add);
    }
  }
  const projects: ProjectAnalysis[] = [];
  const reports = buildProjects(ws);
  const seen = new Set<string>();
  for (const project of reports) {
    const key = project.manifest.uri;
    seen.add(key);
    const states = [...project.uris.map((u) => ws.get(u)), ...(project.requirementSetUri ? [ws.get(project.requirementSetUri)] : [])];
    const missing = project.missing.map((m) => m.uri).join('\n');
    const cached = cache?.get(key);
    const evaluation = cached?.evaluation ?? new EvaluationCache();
    let result: { analysis: ProjectAnalysis; problems: readonly Problem[] };
    try {
      result = cached && sameInputs(cached, states, missing, settings) ? cached : yield* analyzeProjectInSteps(project, ws, settings, onError, evaluation);
    } catch (e) {
      // A report whose tables cannot even be indexed is left out; the files' own findings still stand.
      onError?.('analyzeProject', e);
      continue;
    }
    const { analysis, problems } = result;
    cache?.set(key, { states, missing, settings, analysis, problems, evaluation });
    projects.push(analysis);
    problems.forEach(add);
  }
  for (const key of [...(cache?.keys() ?? [])]) if (!seen.has(key)) cache!.delete(key);
  const workspace: WorkspaceContext = { projects: reports, files: ws.all(), locate };
  const checkedAcross: Cell[] = [];
  for (const unit of UNITS) {
    const check = unit.workspace;
    if (!check) continue;
    const run = runUnit(unit, locate, (out) => check(workspace, out), onError);
    run.problems.forEach(add);
    checkedAcross.push(...run.checked);
  }
  if (checkedAcross.length) projects.splice(0, projects.length, ...projects.map((pa) => withCheckedAcross(pa, checkedAcross)));
  const result = new Map<string, Problem[]>();
  for (const [uri, list] of byUri) {
    const directives = directivesOf(ws.get(uri));
    const kept: Problem[] = [];
    const seen = new Set<string>();
    for (const p of list) {
      const setting = settings.severities[p.code];
      // A file beyond the limits was not read, so its comments cannot silence the finding that says so
      // (the CLI hands in such a file's size without its text: the editor and CI must still agree).
      if (setting === 'off' || (p.code !== 'file-too-large' && isSuppressed(p, directives))) continue;
      if (!settings.statusFindings && isStatusCode(p.code)) continue;
      const trimmed = trimProblem(p, (u) => ws.text(u) ?? '');
      const key = `${trimmed.code}|${trimmed.range.start}|${trimmed.range.end}|${trimmed.message.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(setting ? { ...trimmed, severity: setting } : trimmed);
    }
    result.set(uri, kept.sort(compareProblems));
  }
  return { projects, problems: result };
}
