// indicator-status and goal-status (information): each outcome against its target and direction: reached
// or not, or, for a target of a later year, expected to be reached or not. target-missed (error): a target
// the letter makes a condition (`bindande`) that the outcome for the report's year does not reach.
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Rational } from '../numbers/rational';
import { unitScale } from '../numbers/units';
import type { Unit } from '../numbers/units';
import type { Direction } from '../model/types';
import { reachedTarget } from '../model/targets';
import type { Message } from '../problems';
import { formatNumber } from '../tables/format';
import { defineRule } from './unit';

function statusMessage(
  name: string, value: Rational, target: Rational, unit: Unit | undefined, direction: Direction | undefined, year: number | undefined,
  reportYear?: number,
): Message {
  const reached = reachedTarget(value, target, direction);
  // A target for a later year can only be judged from a forecast: "bedöms nås", not "uppnått".
  const future = year !== undefined && reportYear !== undefined && year > reportYear;
  const verdict = future
    ? { sv: reached ? 'bedöms nås' : 'bedöms inte nås', en: reached ? 'expected to be reached' : 'not expected to be reached' }
    : { sv: reached ? 'uppnått' : 'inte uppnått', en: reached ? 'reached' : 'not reached' };
  const u = unit && unit !== 'antal' && unit !== 'index' ? ` ${unit}` : '';
  // Show as few decimals as keep the verdict visible: 0,08 mnkr against 0,1 must not read as 0,1.
  let decimals = R.cmp(R.roundTo(value, 0), value) === 0 ? 0 : 1;
  while (decimals < 4 && reachedTarget(R.roundTo(value, decimals), target, direction) !== reached) decimals++;
  const places = (x: Rational) => (R.cmp(R.roundTo(x, 0), x) === 0 ? 0 : Math.max(decimals, 1));
  const d = (x: Rational) => formatNumber(x, x === value ? decimals : places(x), 'sv');
  const de = (x: Rational) => formatNumber(x, x === value ? decimals : places(x), 'en');
  const dir = direction === 'lägre' ? { sv: 'lägre är bättre', en: 'lower is better' } : { sv: 'högre är bättre', en: 'higher is better' };
  return {
    sv: `${name}: ${future ? 'utfall eller prognos' : 'utfall'} ${d(value)}${u} mot målvärdet ${d(target)}${u}${year ? ` (${year})` : ''}, ${dir.sv}: ${verdict.sv}.`,
    en: `${name}: ${future ? 'outcome or forecast' : 'outcome'} ${de(value)}${u} against the target ${de(target)}${u}${year ? ` (${year})` : ''}, ${dir.en}: ${verdict.en}.`,
  };
}

/** A status message, said of a target the letter makes a condition. */
function binding(m: Message): Message {
  return { sv: `${m.sv} Målvärdet är bindande enligt regleringsbrevet.`, en: `${m.en} The letter makes the target binding.` };
}

export const indicatorStatus = defineRule({
  name: 'indicatorStatus',
  reportKinds: ['årsredovisning'],
  codes: {
    'indicator-status': {
      severity: 'info',
      title: { sv: 'Indikatorns måluppfyllelse', en: 'Indicator status' },
      summary: 'An indicator\'s outcome against its target for the financial year: reached or not.',
      kind: 'status',
    },
    'target-missed': {
      severity: 'error',
      title: { sv: 'Ett bindande målvärde nås inte', en: 'A binding target is missed' },
      summary: 'An outcome misses a target that the letter makes a condition (bindande).',
    },
    'goal-status': {
      severity: 'info',
      title: { sv: 'Målets uppfyllelse', en: 'Goal status' },
      summary: 'A goal\'s outcome, computed from the report\'s data, against its target (for a later year: expected to be reached or not).',
      kind: 'status',
    },
  },
  report({ project, outcomes, locate }, out) {
    const rs = project.requirementSet;
    if (!rs) return;
    const year = project.manifest.year;
    for (const s of project.sections) {
      for (const o of s.indicatorOutcomes) {
        const ind = rs.indicators.get(o.target);
        const target = year !== undefined ? ind?.targets.get(year) : undefined;
        const value = ind && outcomes.valueOf(o);
        if (!ind || !value || !target) continue;
        const shown = R.div(I.midpoint(value), unitScale(ind.unit));
        const reached = reachedTarget(shown, target, ind.direction);
        const message = statusMessage(ind.namn ?? ind.id, shown, target, ind.unit, ind.direction, year);
        out.report(ind.binding && !reached ? 'target-missed' : 'indicator-status', locate.origin(o.origin), ind.binding && !reached ? binding(message) : message,
          undefined, { reached });
      }
      for (const o of s.goalOutcomes) {
        const goal = rs.requirements.get(o.target);
        const target = goal?.target;
        const value = goal && target && outcomes.valueOf(o);
        if (!goal || !target || !value) continue;
        const shown = R.div(I.midpoint(value), unitScale(target.unit));
        const reached = reachedTarget(shown, target.value, goal.direction);
        const message = statusMessage(goal.rubrik ?? goal.id, shown, target.value, target.unit, goal.direction, target.year, year);
        // A target for a later year is judged from a forecast: only a binding target of the report's year (or
        // of no year) is an error when missed.
        const due = target.year === undefined || year === undefined || target.year <= year;
        const missed = goal.binding === true && !reached && due;
        out.report(missed ? 'target-missed' : 'goal-status', locate.origin(o.origin), missed ? binding(message) : message, undefined, { reached });
      }
    }
  },
});
