// The value of every indicator's and goal's outcome in a report, computed once per analysis: a printed
// figure at its own precision in the target's unit, or what its formula computes. What the formulas name
// wrongly is kept as findings of the analysis, so that no rule has to evaluate an outcome to learn it, and
// features (hover, charts, the requirements view) read the same values as the rules.
import type { Finding } from '../findings';
import type { Interval } from '../numbers/interval';
import type { Outcome } from '../model/types';
import type { Unit } from '../numbers/units';
import type { Project } from '../project';
import { declaredInterval } from './cells';
import type { Cell } from './cells';
import type { Engine } from './engine';
import { issueFinding } from './issues';

export interface OutcomeValues {
  /** The outcome as an interval in base units, or undefined when it is no figure. */
  valueOf(outcome: Outcome): Interval | undefined;
  /** The printed figures an outcome's formula reads (`utfall: T13.a.år2023`): a check of the outcome checks them. */
  inputsOf(outcome: Outcome): readonly Cell[];
  /** What the binder and the engine met in the outcomes' formulas. */
  readonly findings: readonly Finding[];
}

export function evaluateOutcomes(project: Project, engine: Engine): OutcomeValues {
  const rs = project.requirementSet;
  const values = new Map<Outcome, Interval | undefined>();
  const inputs = new Map<Outcome, readonly Cell[]>();
  const before = engine.issues.length;
  const evaluate = (o: Outcome, unit: Unit | undefined): Interval | undefined => {
    if (o.value?.literal.kind === 'number') {
      const lit = o.value.literal;
      return declaredInterval(lit.value, lit.ownDecimals ?? lit.literalDecimals, unit, engine.roundingMode);
    }
    if (o.formula) {
      const r = engine.run(o.formula, { mode: 'outcome', source: o.formula });
      inputs.set(o, r.inputs.filter((c) => c.source?.literal.kind === 'number'));
      if (r.value.kind === 'number') return r.value.interval;
    }
    return undefined;
  };
  for (const s of project.sections) {
    for (const o of s.indicatorOutcomes) values.set(o, evaluate(o, rs?.indicators.get(o.target)?.unit));
    for (const o of s.goalOutcomes) values.set(o, evaluate(o, rs?.requirements.get(o.target)?.target?.unit));
  }
  const findings = engine.issues.slice(before).flatMap((i) => issueFinding(i, engine.index) ?? []);
  return { valueOf: (o) => values.get(o), inputsOf: (o) => inputs.get(o) ?? [], findings };
}
