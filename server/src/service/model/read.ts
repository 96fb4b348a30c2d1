// Small, total accessors over plain YAML data: each returns undefined instead of throwing when the
// shape is wrong, because schema errors are reported separately and the model must still be built.
import { parseFormula } from '../formula/parser';
import { readNumber } from '../numbers/literal';
import type { Rational } from '../numbers/rational';
import { isUnit } from '../numbers/units';
import type { Unit } from '../numbers/units';
import type { FormulaSource, Origin, Rounding } from './types';

export type Obj = Record<string, unknown>;

export function obj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

export function exact(v: unknown): Rational | undefined {
  if (typeof v !== 'number') return undefined;
  const lit = readNumber(v);
  return lit && lit.kind === 'number' ? lit.value : undefined;
}

export function unit(v: unknown): Unit | undefined {
  return isUnit(v) ? v : undefined;
}

export function rounding(v: unknown): Rounding | undefined {
  return v === 'närmaste' || v === 'trunkering' || v === 'största_rest' ? v : undefined;
}

/** Dates are kept as text: YAML may give a Date object for a full date, or a string for "2023-11". */
export function date(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v : undefined;
}

export function origin(uri: string, ptr: string): Origin {
  return { uri, ptr };
}

export function child(parent: Origin, ...segments: (string | number)[]): Origin {
  return {
    uri: parent.uri,
    ptr: parent.ptr + segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''),
  };
}

/** A `formel` value: one formula string or a list of them. */
export function formulas(v: unknown, at: Origin): FormulaSource[] {
  if (typeof v === 'string') return [{ parsed: parseFormula(v), origin: at }];
  return arr(v).flatMap((f, i) => (typeof f === 'string' ? [{ parsed: parseFormula(f), origin: child(at, i) }] : []));
}
