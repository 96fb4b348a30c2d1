// The syntax tree of a formula. Every node keeps its span in the formula text, so that a finding can
// point at the exact reference that is wrong.
import type { Rational } from '../numbers/rational';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Expr =
  | { kind: 'number'; value: Rational; span: Span }
  | { kind: 'string'; value: string; span: Span }
  | { kind: 'ref'; parts: string[]; partSpans: Span[]; span: Span }
  | { kind: 'star'; span: Span }
  | { kind: 'range'; from: RefExpr; to: RefExpr; span: Span }
  | { kind: 'unary'; op: '-' | '+'; arg: Expr; span: Span }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr; span: Span }
  | { kind: 'compare'; op: CompareOp; left: Expr; right: Expr; span: Span }
  | { kind: 'call'; name: string; nameSpan: Span; args: Expr[]; span: Span };

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type BoundOp = '<' | '<=' | '>' | '>=';
export type RefExpr = Extract<Expr, { kind: 'ref' }>;

export interface FormulaSyntaxError {
  readonly message: { sv: string; en: string };
  readonly span: Span;
}

export interface ParsedFormula {
  readonly text: string;
  readonly expr?: Expr;
  /**
   * For a bound (`<= summa`, `>= 0`): how the cell's own figure must compare with what the expression
   * gives. A bound checks a figure ("varav" at most its whole, "minst"); it computes no value.
   */
  readonly bound?: BoundOp;
  readonly error?: FormulaSyntaxError;
}

/** Calls every reference in the expression, including those inside ranges. */
export function forEachRef(expr: Expr, visit: (ref: RefExpr) => void): void {
  switch (expr.kind) {
    case 'ref':
      visit(expr);
      break;
    case 'range':
      visit(expr.from);
      visit(expr.to);
      break;
    case 'unary':
      forEachRef(expr.arg, visit);
      break;
    case 'binary':
    case 'compare':
      forEachRef(expr.left, visit);
      forEachRef(expr.right, visit);
      break;
    case 'call':
      for (const a of expr.args) forEachRef(a, visit);
      break;
    default:
      break;
  }
}
