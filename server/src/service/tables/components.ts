// The tables of a report evaluated in parts, so that an edit re-evaluates only what it can affect. Tables
// are joined by the references of their formulas (and a standard form joins the tables that print it); the
// strongly connected parts of that graph are evaluated one after another, dependencies first. A part keeps
// its previous results when its own tables and the tables it names are as they were (by content) and the
// values it read from other parts are the same; otherwise it is evaluated again. Results are kept by
// content and cell key, never by model object, so that they survive the rebuilding of an edited file's
// model, and findings are kept by origin (findings.ts), so that they survive edits that move text.
import { forEachRef } from '../formula/ast';
import type { Expr } from '../formula/ast';
import type { Finding } from '../findings';
import type { Origin, Table } from '../model/types';
import { FORMS } from '../forms/definitions';
import type { RoundingMode } from './cells';
import { checkRelations } from './check';
import type { Relation } from './check';
import { issueFinding } from './issues';
import { Engine } from './engine';
import type { Value } from './engine';
import type { TableIndex } from './resolve';

/** A checked relation by cell keys and formula origin: what navigation and the counts need of it. */
export interface RelationRecord {
  /** The key of the figure checked (`T1.resultat.år2023`) and the id of its table. */
  readonly target: string;
  readonly table: string;
  readonly inputs: readonly string[];
  readonly formula: { readonly origin: Origin; readonly kind: 'author' | 'form'; readonly text: string };
  readonly consistent: boolean;
}

interface PartResult {
  readonly values: ReadonlyMap<string, Value>;
  /** Cells of other parts this part read, with the value it read. */
  readonly reads: ReadonlyMap<string, Value | undefined>;
  readonly findings: readonly Finding[];
  /** Printed figures a relation of this part compares. */
  readonly checked: readonly string[];
  readonly relations: readonly RelationRecord[];
}

/** The results of a report's parts by key, from one analysis to the next; parts no longer seen are dropped. */
export class EvaluationCache {
  parts = new Map<string, PartResult>();
  /**
   * A short number for each table's content seen in the last analysis: a part's key is made of these,
   * not of the contents themselves, which would make every key as long as the part's tables' text.
   */
  ids = new Map<string, number>();
  nextId = 0;
  /** Tables evaluated in all, for tests that count the work an edit causes. */
  evaluatedTables = 0;
}

export interface Evaluation {
  /** An engine seeded with every value, for what features compute on demand (a cell's formulas, an outcome). */
  readonly engine: Engine;
  readonly relations: readonly RelationRecord[];
  readonly checked: ReadonlySet<string>;
  readonly findings: readonly Finding[];
  /** The ids of the tables this analysis evaluated (the others kept their results). */
  readonly evaluated: readonly string[];
}

/** The ids a formula names as tables (the first part of a longer reference, or countif's table). */
function namedTables(expr: Expr | undefined, into: Set<string>): boolean {
  let facts = false;
  if (!expr) return facts;
  forEachRef(expr, (ref) => {
    if (ref.parts[0] === 'rb') facts = true;
    else if (ref.parts.length >= 1) into.add(ref.parts[0]);
  });
  return facts;
}

interface Scan {
  readonly names: ReadonlySet<string>;
  readonly facts: boolean;
}

const scans = new WeakMap<Table, Scan>();

/** The names a table's formulas use, once per table object (a changed file's tables are new objects). */
function scan(table: Table): Scan {
  let s = scans.get(table);
  if (!s) {
    const names = new Set<string>();
    let facts = false;
    const add = (e: Expr | undefined) => {
      if (namedTables(e, names)) facts = true;
    };
    for (const c of table.columns) for (const f of c.formulas) add(f.parsed.expr);
    for (const r of table.dataRows) {
      for (const f of r.formulas) add(f.parsed.expr);
      for (const fs of r.cellFormulas.values()) for (const f of fs) add(f.parsed.expr);
    }
    s = { names, facts };
    scans.set(table, s);
  }
  return s;
}

/** Forms whose identities name posts of another form (`form.post`), found once and kept. */
const formReferences = new Map<string, Set<string>>();
function formsNamedBy(form: string): ReadonlySet<string> {
  let named = formReferences.get(form);
  if (!named) {
    named = new Set();
    const def = FORMS.get(form);
    for (const post of Object.values(def?.posts ?? {})) {
      for (const text of post.formulas ?? []) {
        for (const m of text.matchAll(/([\p{L}_][\p{L}\p{N}_]*)\.[\p{L}_]/gu)) if (FORMS.has(m[1])) named.add(m[1]);
      }
    }
    formReferences.set(form, named);
  }
  return named;
}

/** What a table depends on: the tables its formulas name, and the tables of its form and the forms it names. */
function dependencies(table: Table, index: TableIndex): Table[] {
  const out = new Set<Table>();
  for (const name of scan(table).names) {
    const t = index.tables.get(name);
    if (t && t !== table) out.add(t);
  }
  if (table.form) {
    for (const form of [table.form, ...formsNamedBy(table.form)]) {
      for (const t of index.forms.get(form)?.tables ?? []) if (t !== table) out.add(t);
    }
  }
  return [...out];
}

/** Strongly connected parts (Tarjan), each after the parts it depends on. */
function parts(tables: readonly Table[], deps: (t: Table) => readonly Table[]): Table[][] {
  const index = new Map<Table, number>();
  const low = new Map<Table, number>();
  const onStack = new Set<Table>();
  const stack: Table[] = [];
  const out: Table[][] = [];
  let next = 0;
  // Iterative, so that a long chain of tables cannot exhaust the call stack.
  for (const root of tables) {
    if (index.has(root)) continue;
    const work: { table: Table; edges: readonly Table[]; i: number }[] = [];
    const enter = (t: Table) => {
      index.set(t, next);
      low.set(t, next);
      next++;
      stack.push(t);
      onStack.add(t);
      work.push({ table: t, edges: deps(t), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.i < frame.edges.length) {
        const w = frame.edges[frame.i++];
        if (!index.has(w)) enter(w);
        else if (onStack.has(w)) low.set(frame.table, Math.min(low.get(frame.table)!, index.get(w)!));
        continue;
      }
      work.pop();
      const v = frame.table;
      if (work.length > 0) {
        const parent = work[work.length - 1].table;
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const part: Table[] = [];
        let w: Table;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          part.push(w);
        } while (w !== v);
        out.push(part);
      }
    }
  }
  return out;
}

/** Whether two values are the same: equal kinds and, for figures and texts, equal contents. */
function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'number' && b.kind === 'number') {
    const x = a.interval;
    const y = b.interval;
    return x.lo.n === y.lo.n && x.lo.d === y.lo.d && x.hi.n === y.hi.n && x.hi.d === y.hi.d;
  }
  if (a.kind === 'text' && b.kind === 'text') return a.text === b.text;
  return true;
}

function record(r: Relation): RelationRecord {
  return {
    target: r.target.key,
    table: r.target.table.id,
    inputs: r.inputs.map((c) => c.key),
    formula: { origin: r.formula.source.origin, kind: r.formula.kind, text: r.formula.source.parsed.text },
    consistent: r.consistent,
  };
}

/** Every value of a part's cells: printed figures and what formulas compute. */
function valuesOf(engine: Engine, tables: readonly Table[]): Map<string, Value> {
  const values = new Map<string, Value>();
  for (const t of tables) for (const r of t.dataRows) for (const c of t.columns) {
    const cell = engine.index.cell(t, r, c);
    values.set(cell.key, engine.valueOf(cell));
  }
  return values;
}

/**
 * Evaluates the tables of a report part by part. `fingerprint` says what a table's content is (equal
 * fingerprints, equal tables); `factsDigest` what the letter's figures are.
 */
export function evaluateTables(
  index: TableIndex,
  roundingMode: RoundingMode,
  fingerprint: (t: Table) => string,
  factsDigest: string,
  cache: EvaluationCache = new EvaluationCache(),
): Evaluation {
  return drain(evaluateTablesInSteps(index, roundingMode, fingerprint, factsDigest, cache));
}

/** Runs a generator of steps to its end and returns its result. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The same evaluation as steps: one after each part that had to be evaluated, so that it can be paused. */
export function* evaluateTablesInSteps(
  index: TableIndex,
  roundingMode: RoundingMode,
  fingerprint: (t: Table) => string,
  factsDigest: string,
  cache: EvaluationCache = new EvaluationCache(),
): Generator<void, Evaluation> {
  const tables = [...index.tables.values()];
  const deps = new Map<Table, Table[]>(tables.map((t) => [t, dependencies(t, index)]));
  const engine = new Engine(index, roundingMode);
  // The values of evaluated parts, by the id of the table a cell key starts with: no copy of every value.
  const byTable = new Map<string, ReadonlyMap<string, Value>>();
  const seeded = (key: string): Value | undefined => byTable.get(key.slice(0, key.indexOf('.')))?.get(key);
  engine.seed(seeded);
  const findings: Finding[] = [];
  const relations: RelationRecord[] = [];
  const checkedByPart: (readonly string[])[] = [];
  const evaluated: string[] = [];
  const kept = new Map<string, PartResult>();
  const ids = new Map<string, number>();
  const idOf = (content: string): number => {
    let id = ids.get(content) ?? cache.ids.get(content);
    if (id === undefined) id = cache.nextId++;
    ids.set(content, id);
    return id;
  };
  const idOfTable = (t: Table) => idOf(fingerprint(t));
  const facts = idOf(factsDigest);
  for (const part of parts(tables, (t) => deps.get(t) ?? [])) {
    const members = new Set(part);
    const outside = [...new Set(part.flatMap((t) => deps.get(t) ?? []))].filter((t) => !members.has(t));
    const readsFacts = part.some((t) => scan(t).facts || t.form !== undefined);
    const key = [
      roundingMode,
      readsFacts ? facts : '',
      part.map(idOfTable).sort((a, b) => a - b).join(','),
      outside.map(idOfTable).sort((a, b) => a - b).join(','),
    ].join('|');
    let result = cache.parts.get(key);
    if (result && [...result.reads].some(([cell, value]) => !sameValue(seeded(cell), value))) result = undefined;
    if (!result) {
      cache.evaluatedTables += part.length;
      evaluated.push(...part.map((t) => t.id));
      const issuesBefore = engine.issues.length;
      engine.watch(members);
      const checkedHere = checkRelations(engine, part);
      const values = valuesOf(engine, part);
      const reads = engine.unwatch();
      const partChecked = new Set<string>();
      for (const r of checkedHere.relations) {
        partChecked.add(r.target.key);
        for (const c of r.inputs) if (c.source?.literal.kind === 'number') partChecked.add(c.key);
      }
      result = {
        values,
        reads: new Map([...reads.keys()].map((k) => [k, seeded(k)])),
        findings: [
          ...checkedHere.findings,
          ...engine.issues.slice(issuesBefore).flatMap((i) => issueFinding(i, index) ?? []),
        ],
        checked: [...partChecked],
        relations: checkedHere.relations.map(record),
      };
      yield;
    }
    kept.set(key, result);
    for (const t of part) byTable.set(t.id, result.values);
    findings.push(...result.findings);
    relations.push(...result.relations);
    checkedByPart.push(result.checked);
  }
  // Only what this analysis used is kept, so that the cache holds one report's parts at most.
  cache.parts = kept;
  cache.ids = ids;
  // The set of checked figures is asked for by the preview and the figures' summary, not by the rules:
  // it is built when first asked for, not after every edit.
  let checked: ReadonlySet<string> | undefined;
  return {
    engine,
    relations,
    get checked() {
      checked ??= new Set(checkedByPart.flat());
      return checked;
    },
    findings,
    evaluated,
  };
}
