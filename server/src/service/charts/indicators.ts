// The chart of each indicator of the requirement set: its outcome per year against its target per year.
// Outcomes come from the sections' `indikatorer` entries (the report year) and from table rows linked with
// `indikator:` over their year columns; in a table of form `indikatorer` only the outcome column is an
// outcome, its målvärde column repeats the target. The chart stands in the section that reports the outcome.
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Rational } from '../numbers/rational';
import { unitScale } from '../numbers/units';
import type { Indicator, Section } from '../model/types';
import type { Project } from '../project';
import { reachedTarget } from '../model/targets';
import type { Engine } from '../tables/engine';
import type { OutcomeValues } from '../tables/outcomes';
import { compatibleUnits, cellValue, exactDecimals } from './values';
import type { ChartValue } from './values';

/** A year's judgement, as indicator-status words it: a later year than the report's is a forecast. */
export type Verdict = 'reached' | 'not-reached' | 'expected' | 'not-expected';

interface IndicatorOutcome extends ChartValue {
  /** True for a year after the report year: the figure is a forecast. */
  readonly forecast: boolean;
}

export interface IndicatorChart {
  readonly indicator: Indicator;
  /** The section that carries the chart: the one that reports the outcome. */
  readonly section: Section;
  readonly years: readonly number[];
  readonly outcomes: readonly (IndicatorOutcome | undefined)[];
  readonly targets: readonly (ChartValue | undefined)[];
  /** Per year with both an outcome and a target. */
  readonly verdicts: readonly (Verdict | undefined)[];
}

interface Found {
  readonly value: ChartValue;
  /** The value the verdict is judged on, as indicator-status judges it (the middle of its interval). */
  readonly judged: Rational;
}

function fromSections(project: Project, ind: Indicator, outcomes: OutcomeValues): { found?: Found; section?: Section } {
  const year = project.manifest.year;
  for (const s of project.sections) {
    const o = s.indicatorOutcomes.find((x) => x.target === ind.id);
    if (!o) continue;
    const interval = year !== undefined ? outcomes.valueOf(o) : undefined;
    if (!interval) return { section: s };
    const judged = R.div(I.midpoint(interval), unitScale(ind.unit));
    const lit = o.value?.literal;
    const value = lit?.kind === 'number'
      ? { exact: lit.value, decimals: lit.ownDecimals ?? lit.literalDecimals }
      : { exact: judged, decimals: exactDecimals(judged, 2) };
    return { found: { value, judged: lit?.kind === 'number' ? judged : value.exact }, section: s };
  }
  return {};
}

/** Outcomes of rows linked to the indicator, per year, in report order; the first figure of a year wins. */
function fromTables(project: Project, ind: Indicator, engine: Engine, into: Map<number, Found>): Section | undefined {
  let first: Section | undefined;
  for (const t of project.tables) {
    for (const r of t.dataRows) {
      if (r.links.indikator?.id !== ind.id) continue;
      first ??= t.section;
      for (const c of t.columns) {
        if (c.year === undefined || into.has(c.year)) continue;
        if (t.form === 'indikatorer' && c.id !== 'utfall') continue;
        const cell = engine.index.cell(t, r, c);
        // A column of another kind of figure (a count beside a share) is not this indicator's outcome.
        if (!compatibleUnits(cell.unit, ind.unit)) continue;
        const value = cellValue(engine, cell, ind.unit);
        if (value) into.set(c.year, { value, judged: value.exact });
      }
    }
  }
  return first;
}

function verdict(value: Rational, target: Rational, ind: Indicator, forecast: boolean): Verdict {
  const reached = reachedTarget(value, target, ind.direction);
  if (forecast) return reached ? 'expected' : 'not-expected';
  return reached ? 'reached' : 'not-reached';
}

/** The charts of every indicator that has an outcome, in the order of the requirement set. */
export function indicatorCharts(project: Project, engine: Engine, outcomes: OutcomeValues): IndicatorChart[] {
  const rs = project.requirementSet;
  if (!rs) return [];
  const reportYear = project.manifest.year;
  const out: IndicatorChart[] = [];
  for (const ind of rs.indicators.values()) {
    const found = new Map<number, Found>();
    const own = fromSections(project, ind, outcomes);
    if (own.found && reportYear !== undefined) found.set(reportYear, own.found);
    const linked = fromTables(project, ind, engine, found);
    const section = own.section ?? linked;
    if (!section || found.size === 0) continue;
    const years = [...new Set([...found.keys(), ...ind.targets.keys()])].sort((a, b) => a - b);
    const isForecast = (y: number) => reportYear !== undefined && y > reportYear;
    out.push({
      indicator: ind,
      section,
      years,
      outcomes: years.map((y) => {
        const f = found.get(y);
        return f && { ...f.value, forecast: isForecast(y) };
      }),
      targets: years.map((y) => {
        const t = ind.targets.get(y);
        return t && { exact: t, decimals: exactDecimals(t) };
      }),
      verdicts: years.map((y) => {
        const f = found.get(y);
        const t = ind.targets.get(y);
        return f && t ? verdict(f.judged, t, ind, isForecast(y)) : undefined;
      }),
    });
  }
  return out;
}
