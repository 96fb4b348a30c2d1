// The value of an indicator's or goal's outcome as an interval in base units: a printed figure at its own
// precision in the target's unit, or what its formula computes.
import type { Interval } from '../numbers/interval';
import type { Unit } from '../numbers/units';
import type { Outcome } from '../model/types';
import { declaredInterval } from './cells';
import type { Engine } from './engine';

/** An outcome as an interval in base units: a printed figure at its own precision, or a formula's result. */
export function outcomeInterval(o: Outcome, unit: Unit | undefined, engine: Engine): Interval | undefined {
  if (o.value?.literal.kind === 'number') {
    const lit = o.value.literal;
    return declaredInterval(lit.value, lit.ownDecimals ?? lit.literalDecimals, unit, engine.roundingMode);
  }
  if (o.formula) {
    const r = engine.run(o.formula, { mode: 'outcome', source: o.formula });
    if (r.value.kind === 'number') return r.value.interval;
  }
  return undefined;
}

