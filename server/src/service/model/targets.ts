// Whether an outcome reaches its target: at or above it, or at or below it when lower is better. The
// status rules, the coverage view and the indicator charts all judge by this one function.
import * as R from '../numbers/rational';
import type { Rational } from '../numbers/rational';
import type { Direction } from './types';

export function reachedTarget(value: Rational, target: Rational, direction: Direction | undefined): boolean {
  const c = R.cmp(value, target);
  return direction === 'lägre' ? c <= 0 : c >= 0;
}
