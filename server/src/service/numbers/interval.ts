// Closed intervals of rationals: the value a printed, rounded figure may stand for (XBRL Calculations 1.1).
import * as R from './rational';
import type { Rational } from './rational';

export interface Interval {
  readonly lo: Rational;
  readonly hi: Rational;
}

export const point = (v: Rational): Interval => ({ lo: v, hi: v });
export const ZERO_INTERVAL = point(R.ZERO);

export function make(a: Rational, b: Rational): Interval {
  return R.cmp(a, b) <= 0 ? { lo: a, hi: b } : { lo: b, hi: a };
}

export const add = (a: Interval, b: Interval): Interval => ({ lo: R.add(a.lo, b.lo), hi: R.add(a.hi, b.hi) });
export const sub = (a: Interval, b: Interval): Interval => ({ lo: R.sub(a.lo, b.hi), hi: R.sub(a.hi, b.lo) });
export const neg = (a: Interval): Interval => ({ lo: R.neg(a.hi), hi: R.neg(a.lo) });
export const scale = (a: Interval, k: Rational): Interval => make(R.mul(a.lo, k), R.mul(a.hi, k));

export function mul(a: Interval, b: Interval): Interval {
  const ps = [R.mul(a.lo, b.lo), R.mul(a.lo, b.hi), R.mul(a.hi, b.lo), R.mul(a.hi, b.hi)];
  return { lo: ps.reduce(R.min), hi: ps.reduce(R.max) };
}

/** True when the interval contains zero, so that dividing by it is undefined. */
export function containsZero(a: Interval): boolean {
  return R.cmp(a.lo, R.ZERO) <= 0 && R.cmp(a.hi, R.ZERO) >= 0;
}

/** Division; the caller must first make sure that `b` does not contain zero. */
export function div(a: Interval, b: Interval): Interval {
  return mul(a, { lo: R.div(R.ONE, b.hi), hi: R.div(R.ONE, b.lo) });
}

export function abs(a: Interval): Interval {
  if (R.cmp(a.lo, R.ZERO) >= 0) return a;
  if (R.cmp(a.hi, R.ZERO) <= 0) return neg(a);
  return { lo: R.ZERO, hi: R.max(R.neg(a.lo), a.hi) };
}

export const min = (a: Interval, b: Interval): Interval => ({ lo: R.min(a.lo, b.lo), hi: R.min(a.hi, b.hi) });
export const max = (a: Interval, b: Interval): Interval => ({ lo: R.max(a.lo, b.lo), hi: R.max(a.hi, b.hi) });

export function overlaps(a: Interval, b: Interval): boolean {
  return R.cmp(a.lo, b.hi) <= 0 && R.cmp(b.lo, a.hi) <= 0;
}

export function midpoint(a: Interval): Rational {
  return R.div(R.add(a.lo, a.hi), R.fromInt(2));
}

export function isPoint(a: Interval): boolean {
  return R.cmp(a.lo, a.hi) === 0;
}
