// A formula with its names resolved: what the binder (bind.ts) makes of a formula in the context it applies
// to (a cell of a table, a standard form's identity for a year or a row, an outcome), and what the engine
// evaluates. Every reference is a cell, a figure of the letter, a constant or nothing (with the reason
// reported when it was bound), so that evaluation does no lookup by name and a table's dependencies on
// other tables are known before anything is computed.
import type { Interval } from '../numbers/interval';
import type { Span } from '../formula/ast';
import type { Column, DataRow, FormulaSource, Table } from '../model/types';
import type { Message } from '../problems';
import type { Cell } from './cells';

/** Where a formula is evaluated, for the findings it gives: its source and, for a cell, that cell. */
export interface BoundAt {
  readonly source: FormulaSource;
  readonly cell?: { readonly table: Table; readonly row: DataRow; readonly column: Column };
}

export type Bound =
  | { readonly kind: 'number'; readonly interval: Interval }
  | { readonly kind: 'text'; readonly text: string }
  /** A reference that names nothing, a range outside a function, a year prev() cannot go to: no value. */
  | { readonly kind: 'missing' }
  | { readonly kind: 'cell'; readonly cell: Cell }
  /** A figure of the letter (`rb.…`): a value, but no printed figure the result depends on. */
  | { readonly kind: 'fact'; readonly interval: Interval }
  | { readonly kind: 'negate'; readonly arg: Bound }
  | { readonly kind: 'plus'; readonly arg: Bound }
  | { readonly kind: 'binary'; readonly op: '+' | '-' | '*' | '/'; readonly left: Bound; readonly right: Bound; readonly rightSpan: Span; readonly at: BoundAt }
  /** sum, avg, min, max over arguments whose ranges are spelled out as cells. */
  | { readonly kind: 'aggregate'; readonly fn: 'sum' | 'avg' | 'min' | 'max'; readonly args: readonly Bound[] }
  | { readonly kind: 'abs'; readonly arg: Bound }
  /** count(): how many arguments hold a figure or a text. It depends on no figure's value. */
  | { readonly kind: 'count'; readonly args: readonly Bound[] };

/** A problem the binder or the engine met in a formula, placed on the exact part of it. */
export interface EngineIssue {
  readonly code: 'unknown-reference' | 'formula-error' | 'calc-undefined';
  readonly source: FormulaSource;
  readonly span?: Span;
  readonly message: Message;
  /** The cell being evaluated, so that an issue in a built-in form identity can stand on the figure. */
  readonly at?: { readonly table: Table; readonly row: DataRow; readonly column: Column };
}

export const MISSING: Bound = { kind: 'missing' };

