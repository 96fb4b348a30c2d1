// indicator-status and goal-status (information): each outcome against its target and direction.
// form-inconsistent for tables of form `indikatorer`: their target and outcome cells must equal the
// requirement set's target and the outcome reported in a section.
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Rational } from '../numbers/rational';
import { unitScale } from '../numbers/units';
import type { Unit } from '../numbers/units';
import type { Direction, Outcome } from '../model/types';
import type { Message, Problem } from '../problems';
import { cellLabel, printedBoth, unitText } from '../tables/describe';
import { formatNumber } from '../tables/format';
import { consistentWith } from '../tables/check';
import { outcomeInterval } from '../tables/outcome';
import { problem } from './context';
import type { ProjectRule } from './context';

/** Whether a value reaches its target: at or above it, or at or below it when lower is better. */
export function reachedTarget(value: Rational, target: Rational, direction: Direction | undefined): boolean {
  const c = R.cmp(value, target);
  return direction === 'lägre' ? c <= 0 : c >= 0;
}

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

export const indicatorStatus: ProjectRule = ({ project, engine, locate }) => {
  const rs = project.requirementSet;
  if (!rs) return [];
  const out: Problem[] = [];
  const year = project.manifest.year;
  for (const s of project.sections) {
    for (const o of s.indicatorOutcomes) {
      const ind = rs.indicators.get(o.target);
      const target = year !== undefined ? ind?.targets.get(year) : undefined;
      const value = ind && outcomeInterval(o, ind.unit, engine);
      if (!ind || !value || !target) continue;
      const shown = R.div(I.midpoint(value), unitScale(ind.unit));
      out.push(problem('indicator-status', locate.origin(o.origin), statusMessage(ind.namn ?? ind.id, shown, target, ind.unit, ind.direction, year),
        undefined, { reached: reachedTarget(shown, target, ind.direction) }));
    }
    for (const o of s.goalOutcomes) {
      const goal = rs.requirements.get(o.target);
      const target = goal?.target;
      const value = goal && target && outcomeInterval(o, target.unit, engine);
      if (!goal || !target || !value) continue;
      const shown = R.div(I.midpoint(value), unitScale(target.unit));
      out.push(problem('goal-status', locate.origin(o.origin), statusMessage(goal.rubrik ?? goal.id, shown, target.value, target.unit, goal.direction, target.year, year),
        undefined, { reached: reachedTarget(shown, target.value, goal.direction) }));
    }
  }
  return out;
};

export const indicatorTables: ProjectRule = ({ project, engine, locate, checked }) => {
  const rs = project.requirementSet;
  if (!rs) return [];
  const out: Problem[] = [];
  const year = project.manifest.year;
  const outcomes = new Map<string, Outcome>();
  for (const s of project.sections) for (const o of s.indicatorOutcomes) if (!outcomes.has(o.target)) outcomes.set(o.target, o);
  for (const t of project.tables) {
    if (t.form !== 'indikatorer' || engine.index.tables.get(t.id) !== t) continue;
    for (const r of t.dataRows) {
      const ind = r.links.indikator ? rs.indicators.get(r.links.indikator.id) : undefined;
      if (!ind) continue;
      for (const c of t.columns) {
        const cell = engine.index.cell(t, r, c);
        const declared = engine.declared(cell);
        if (declared.kind !== 'number') continue;
        let expected: Interval | undefined;
        let what: Message | undefined;
        let at = ind.origin;
        if (c.id === 'målvärde' && year !== undefined && ind.targets.has(year)) {
          expected = I.scale(I.point(ind.targets.get(year)!), unitScale(ind.unit));
          what = { sv: `målvärdet för ${year} i regleringsbrevet`, en: `the target for ${year} in the requirement set` };
        } else if (c.id === 'utfall' && outcomes.has(ind.id)) {
          const o = outcomes.get(ind.id)!;
          expected = outcomeInterval(o, ind.unit, engine);
          what = { sv: 'utfallet som redovisas i avsnittet', en: 'the outcome reported in the section' };
          at = o.origin;
        }
        if (expected) checked.add(cell);
        if (!expected || !what || consistentWith(cell, declared.interval, expected)) continue;
        const label = cellLabel(cell);
        const value = R.div(I.midpoint(expected), unitScale(cell.unit));
        const shown = { sv: formatNumber(value, cell.decimals, 'sv') + unitText(cell), en: formatNumber(value, cell.decimals, 'en') + unitText(cell) };
        out.push(problem('form-inconsistent', locate.origin(cell.source!.origin), {
          sv: `${label.sv}: tryckt ${printedBoth(cell).sv} men ${what.sv} är ${shown.sv}.`,
          en: `${label.en}: printed ${printedBoth(cell).en} but ${what.en} is ${shown.en}.`,
        }, [{ ...locate.origin(at), message: what }], { cell: cell.key, computed: R.toFixed(R.div(I.midpoint(expected), unitScale(cell.unit)), cell.decimals) }));
      }
    }
  }
  return out;
};

