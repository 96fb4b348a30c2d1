// Finds the reference under the cursor inside a formula and what it names, using the table engine's own
// resolution, so that hover and go-to-definition agree with what the checker computes.
import type { ProjectAnalysis } from '../analyze';
import type { Expr, RefExpr } from '../formula/ast';
import type { FormulaSource } from '../model/types';
import type { Cell } from '../tables/cells';
import type { Ctx } from '../tables/engine';
import type { NodeAt } from '../yaml/nodeAt';
import { joinPointer } from '../yaml/pointer';
import type { FileState } from '../workspace';
import { parseFormula } from '../formula/parser';
import { modelAt } from './modelAt';
import type { ModelAt } from './modelAt';
import { nodeAt } from '../yaml/nodeAt';

export interface RefAt {
  readonly ref: RefExpr;
  readonly cell?: Cell;
  /** The text range of the reference in the file. */
  readonly range: { readonly start: number; readonly end: number };
}

export function refsOf(expr: Expr, out: RefExpr[]): void {
  switch (expr.kind) {
    case 'ref': out.push(expr); break;
    case 'range': out.push(expr.from, expr.to); break;
    case 'unary': refsOf(expr.arg, out); break;
    case 'binary': case 'compare': refsOf(expr.left, out); refsOf(expr.right, out); break;
    case 'call': for (const a of expr.args) refsOf(a, out); break;
    default: break;
  }
}

/** The evaluation context of the formula at a path: row, column, cell or outcome formula. */
function contextFor(path: readonly (string | number)[], model: ModelAt, source: FormulaSource): Ctx {
  const { table, row } = model;
  const cellKey = path.includes('cellformler') ? String(path[path.indexOf('cellformler') + 1]) : undefined;
  if (table && row && cellKey !== undefined) {
    return { mode: 'cell', table, row, column: table.columns.find((c) => c.id === cellKey), source };
  }
  if (table && row) return { mode: 'row', table, row, column: table.columns[0], source };
  if (table && model.column) return { mode: 'column', table, row: table.dataRows[0], column: model.column, source };
  return { mode: 'outcome', source };
}

export function referenceAt(file: FileState, at: NodeAt, offset: number, pa: ProjectAnalysis, model: ModelAt): RefAt | undefined {
  const scalar = at.scalar;
  if (!scalar?.range) return undefined;
  const text = String(scalar.value ?? '');
  const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE' ? 1 : 0;
  const start = scalar.range[0] + quoted;
  // Only plainly written formulas map characters one to one onto the file.
  if (!file.text.startsWith(text, start)) return undefined;
  const parsed = parseFormula(text);
  if (!parsed.expr) return undefined;
  const refs: RefExpr[] = [];
  refsOf(parsed.expr, refs);
  const index = offset - start;
  const ref = refs.find((r) => index >= r.span.start && index <= r.span.end);
  if (!ref) return undefined;
  const source: FormulaSource = { parsed, origin: { uri: file.uri, ptr: joinPointer(at.path) } };
  const bound = pa.engine.resolveQuietly(ref, contextFor(at.path, model, source));
  return { ref, cell: bound.kind === 'cell' ? bound.cell : undefined, range: { start: start + ref.span.start, end: start + ref.span.end } };
}

/** What the cursor stands on when it is on a scalar value: the path, its nearest key and model element. */
export interface ValueContext {
  readonly at: NodeAt;
  readonly value: string;
  readonly key?: string;
  readonly model: ModelAt;
}

/** `at` is passed by callers that have already located the cursor, so the tree is walked once. */
export function valueContext(file: FileState, offset: number, pa: ProjectAnalysis | undefined, at: NodeAt = nodeAt(file.parsed.doc, offset)): ValueContext | undefined {
  if (at.part !== 'value' || !at.scalar) return undefined;
  const key = [...at.path].reverse().find((p): p is string => typeof p === 'string');
  return { at, value: String(at.scalar.value ?? ''), key, model: modelAt(file, at.path, pa) };
}

/** True for the places that hold formulas: row, column and cell formulas, and outcomes. */
export function isFormulaPlace(ctx: ValueContext): boolean {
  return ctx.key === 'formel' || ctx.key === 'utfall' || ctx.at.path.includes('cellformler');
}
