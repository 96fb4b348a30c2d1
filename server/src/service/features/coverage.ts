// The coverage of a report: every requirement of its letter with its status and the sections, tables and
// goal outcomes that answer it, every indicator with its outcome and target, and a summary. Plain data
// with offset locations, computed from the same projection the `coverage` rule validates, so that the
// CLI's `regbrev coverage` and an editor's coverage view always agree with the checker.
import type { ProjectAnalysis } from '../analyze';
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Rational } from '../numbers/rational';
import { unitScale } from '../numbers/units';
import type { Unit } from '../numbers/units';
import type { Direction, Outcome, Requirement, RequirementKind, Table } from '../model/types';
import { answeredPart, judgeParts } from '../model/partStatus';
import type { PartStatus } from '../model/partStatus';
import { sectionNumber, tableName } from '../model/labels';
import type { ReferenceSite } from '../names/types';
import { answersCurrentWording } from '../model/amendments';
import { reachedTarget } from '../model/targets';
import type { Location, Message } from '../problems';
import { formatNumber } from '../tables/format';
import type { LocateFn } from '../tables/locate';

export type CoverageStatus = 'besvarat' | 'obesvarat' | 'inte-i-årsredovisningen' | 'inaktuellt-svar' | 'borttaget';

export const COVERAGE_STATUS: Record<CoverageStatus, Message> = {
  besvarat: { sv: 'besvarat', en: 'answered' },
  obesvarat: { sv: 'obesvarat', en: 'unanswered' },
  'inte-i-årsredovisningen': { sv: 'inte i årsredovisningen', en: 'not in the annual report' },
  'inaktuellt-svar': { sv: 'inaktuellt svar', en: 'outdated answer' },
  borttaget: { sv: 'borttaget', en: 'removed' },
};

export type IndicatorStatus = 'uppnått' | 'inte-uppnått' | 'utan-målvärde' | 'utan-utfall';

export const INDICATOR_STATUS: Record<IndicatorStatus, Message> = {
  uppnått: { sv: 'uppnått', en: 'reached' },
  'inte-uppnått': { sv: 'inte uppnått', en: 'not reached' },
  'utan-målvärde': { sv: 'inget målvärde', en: 'no target' },
  'utan-utfall': { sv: 'inget utfall', en: 'no outcome' },
};

/** A place in the report that answers a requirement or reports an outcome. */
export interface CoveragePlace {
  readonly kind: 'avsnitt' | 'tabell' | 'måluppfyllelse';
  /** "4.1", "Not 3", "Tabell 5": how a reader finds it in the printed report. */
  readonly number?: Message;
  readonly heading?: string;
  /** For answers: the decision whose wording the answer names, when it names one. */
  readonly version?: string;
  /** For answers: false when the requirement was changed after the wording the answer addresses. */
  readonly current: boolean;
  readonly location: Location;
}

export interface GoalOutcome {
  readonly target: Message;
  readonly year?: number;
  readonly outcome?: Message;
  readonly reached?: boolean;
  /** True when the target is for a year after the report's: the outcome is then a forecast. */
  readonly forecast: boolean;
}

export const PART_STATUS: Record<PartStatus, Message> = {
  redovisad: { sv: 'redovisad', en: 'reported' },
  sen: { sv: 'redovisad för sent', en: 'reported late' },
  saknas: { sv: 'saknas', en: 'missing' },
  'inte-förfallen': { sv: 'inte förfallen än', en: 'not yet due' },
  obedömd: { sv: 'ingen redovisning än', en: 'no report yet' },
};

/** One part of a requirement reported in parts, as the reports of the workspace judge it. */
export interface CoveragePart {
  readonly id: string;
  readonly title?: string;
  readonly recipient?: string;
  readonly deadline?: string;
  readonly status: PartStatus;
  /** The reports that answer it, with their dates. */
  readonly reports: readonly { readonly uri: string; readonly date?: string }[];
  readonly items: readonly { readonly id: string; readonly text?: string; readonly answers: readonly CoveragePlace[]; readonly location: Location }[];
  readonly location: Location;
}

export interface CoverageRequirement {
  readonly id: string;
  readonly kind: RequirementKind;
  readonly title?: string;
  /** True when the letter wants it answered in the annual report and no amendment removed it. */
  readonly dueInReport: boolean;
  /** Where else the letter wants it reported (a recipient by a date). */
  readonly elsewhere: readonly { readonly recipient?: string; readonly deadline?: string; readonly part?: string }[];
  readonly status: CoverageStatus;
  readonly answers: readonly CoveragePlace[];
  readonly addedBy?: string;
  readonly changedBy: readonly string[];
  readonly removedBy?: string;
  /** The decision it came from, which the letter revokes (`upphäver`). */
  readonly revokedBy?: string;
  /** Its parts, when it is reported in parts (delar). */
  readonly parts: readonly CoveragePart[];
  readonly goal?: GoalOutcome;
  readonly location: Location;
}

interface CoverageIndicator {
  readonly id: string;
  readonly name?: string;
  readonly unit?: Unit;
  readonly direction?: Direction;
  readonly year?: number;
  readonly target?: Message;
  /** The outcome as printed in the report's language; absent when none is reported or it is no figure. */
  readonly outcome?: Message;
  readonly status: IndicatorStatus;
  readonly reportedIn: readonly CoveragePlace[];
  readonly location: Location;
}

interface CoverageSummary {
  readonly requirements: number;
  readonly due: number;
  readonly answered: number;
  readonly unanswered: number;
  readonly outdated: number;
  readonly notInReport: number;
  readonly removed: number;
  readonly indicators: number;
  readonly withOutcome: number;
  readonly reached: number;
}

export interface Coverage {
  readonly manifestUri: string;
  readonly kind: 'årsredovisning' | 'redovisning';
  /** For a redovisning: the requirement and part it answers, and its date. */
  readonly concerns?: { readonly requirementId: string; readonly partId: string; readonly date?: string };
  readonly requirementSetUri?: string;
  readonly myndighet?: string;
  readonly year?: number;
  readonly diarienummer?: string;
  /** False while files of the report have YAML errors: what is missing cannot be told then. */
  readonly judged: boolean;
  readonly broken: readonly string[];
  readonly requirements: readonly CoverageRequirement[];
  readonly indicators: readonly CoverageIndicator[];
  readonly summary: CoverageSummary;
}

/**
 * A figure in the report's number format with its unit. Computed outcomes have no decimals of their own:
 * they get one (none when whole), and more only where rounding would hide the verdict against the target,
 * as the indicator-status messages do.
 */
function shown(value: Rational, unit: Unit | undefined, decimals?: number, target?: Rational, direction?: Direction): Message {
  let d = decimals ?? (R.cmp(R.roundTo(value, 0), value) === 0 ? 0 : 1);
  if (decimals === undefined && target) {
    const reached = reachedTarget(value, target, direction);
    while (d < 4 && reachedTarget(R.roundTo(value, d), target, direction) !== reached) d++;
  }
  const u = unit && unit !== 'antal' && unit !== 'index' ? ` ${unit}` : '';
  return { sv: `${formatNumber(value, d, 'sv')}${u}`, en: `${formatNumber(value, d, 'en')}${u}` };
}

/** An outcome in the unit of its target, with the decimals it was written with when it is a figure. */
function outcomeValue(pa: ProjectAnalysis, o: Outcome, unit: Unit | undefined): { value: Rational; decimals?: number } | undefined {
  const interval = pa.outcomes.valueOf(o);
  if (!interval) return undefined;
  const lit = o.value?.literal;
  const decimals = lit?.kind === 'number' ? lit.ownDecimals ?? lit.literalDecimals : undefined;
  return { value: R.div(I.midpoint(interval), unitScale(unit)), decimals };
}

/** The outcome printed in a table of form `indikatorer`, for an indicator no section reports. */
function tableOutcome(tables: readonly Table[], id: string): { value: Rational; decimals?: number } | undefined {
  for (const t of tables) {
    if (t.form !== 'indikatorer') continue;
    const column = t.columns.find((c) => c.id === 'utfall');
    const row = t.dataRows.find((r) => r.links.indikator?.id === id);
    const lit = column && row ? row.values.get(column.id)?.literal : undefined;
    if (lit?.kind === 'number') return { value: lit.value, decimals: lit.ownDecimals ?? lit.literalDecimals };
  }
  return undefined;
}

function statusOf(r: Requirement, answers: readonly CoveragePlace[]): CoverageStatus {
  if (r.removedBy || r.revokedBy) return 'borttaget';
  if (!r.dueInReport) return 'inte-i-årsredovisningen';
  if (answers.length === 0) return 'obesvarat';
  return answers.some((a) => a.current) ? 'besvarat' : 'inaktuellt-svar';
}

/**
 * The coverage of one report. `all` is every report of the workspace: the parts of a requirement are
 * judged by the reports that answer them, wherever they stand.
 */
export function computeCoverage(pa: ProjectAnalysis, locate: LocateFn, all: readonly ProjectAnalysis[] = [pa]): Coverage | undefined {
  const { project } = pa;
  const rs = project.requirementSet;
  if (!rs) return undefined;
  const judged = judgeParts(all.map((a) => a.project));
  const analysisOf = new Map(all.map((a) => [a.project, a]));
  const year = project.manifest.year;
  // Who answers what, and where indicators are reported, as the name-resolution layer resolved it.
  const placeOf = (site: ReferenceSite, current: boolean, at = site.origin): CoveragePlace => {
    const o = site.owner!;
    const where = o.table ? { number: tableName(o.table), heading: o.table.rubrik } : { number: sectionNumber(o.section), heading: o.section.rubrik };
    const kind = site.kind === 'goal' ? 'måluppfyllelse' : o.table ? 'tabell' : 'avsnitt';
    return { kind, ...where, version: site.version, current, location: locate.origin(at) };
  };
  const answersTo = (r: Requirement) =>
    pa.names.answersTo(r.id).filter((s) => s.owner).map((s) => placeOf(s, s.kind === 'goal' || answersCurrentWording(rs, r, s.version)));
  const goals = new Map<string, Outcome>();
  const outcomeOf = new Map<string, Outcome>();
  for (const s of project.sections) {
    for (const o of s.goalOutcomes) if (!goals.has(o.target)) goals.set(o.target, o);
    for (const o of s.indicatorOutcomes) outcomeOf.set(`${o.targetOrigin.uri}#${o.targetOrigin.ptr}`, o);
  }
  // An indicator is reported by a section's outcome (located at the outcome) or by a row of an indicator table.
  const reportedIn = (id: string) => pa.names.referencesTo('indicator', id).flatMap((site) => {
    const o = site.owner;
    if (!o || (o.table && o.table.form !== 'indikatorer')) return [];
    return [placeOf(site, true, outcomeOf.get(`${site.origin.uri}#${site.origin.ptr}`)?.origin ?? site.origin)];
  });

  const partsOf = (r: Requirement): CoveragePart[] => r.parts.map((part) => {
    const j = judged.get(part);
    const reports = j?.reports ?? [];
    return {
      id: part.id,
      title: part.rubrik,
      recipient: part.till,
      deadline: part.senast,
      status: j?.status ?? 'obedömd',
      reports: reports.map((p) => ({ uri: p.manifest.uri, date: p.manifest.date })),
      items: part.items.map((item) => ({
        id: item.id,
        text: item.text,
        answers: reports.flatMap((p) => analysisOf.get(p)?.names.answersTo(item.ref).filter((s) => s.owner).map((s) => placeOf(s, true)) ?? []),
        location: locate.origin({ uri: item.origin.uri, ptr: `${item.origin.ptr}/id` }),
      })),
      location: locate.origin({ uri: part.origin.uri, ptr: `${part.origin.ptr}/id` }),
    };
  });
  // A redovisning covers the requirement whose part it answers, not the whole letter.
  const concerns = project.manifest.kind === 'redovisning' ? answeredPart(project) : undefined;
  const shownRequirements = project.manifest.kind === 'redovisning' ? (concerns ? [concerns.requirement] : []) : [...rs.requirements.values()];
  const requirements: CoverageRequirement[] = shownRequirements.map((r) => {
    const list = answersTo(r);
    let goal: GoalOutcome | undefined;
    if (r.target) {
      const o = goals.get(r.id);
      const v = o && outcomeValue(pa, o, r.target.unit);
      goal = {
        target: shown(r.target.value, r.target.unit),
        year: r.target.year,
        outcome: v ? shown(v.value, r.target.unit, v.decimals, r.target.value, r.direction) : undefined,
        reached: v ? reachedTarget(v.value, r.target.value, r.direction) : undefined,
        forecast: r.target.year !== undefined && year !== undefined && r.target.year > year,
      };
    }
    return {
      id: r.id,
      kind: r.kind,
      title: r.rubrik ?? r.text,
      // A requirement an amendment removed is no longer due, whatever the letter first said.
      dueInReport: r.dueInReport && !r.removedBy && !r.revokedBy,
      elsewhere: r.reporting.filter((x) => !x.inReport).map((x) => ({ recipient: x.recipient, deadline: x.deadline, part: x.part })),
      status: statusOf(r, list),
      answers: list,
      addedBy: r.addedBy,
      changedBy: r.changedBy,
      removedBy: r.removedBy,
      revokedBy: r.revokedBy,
      parts: partsOf(r),
      goal,
      location: locate.origin({ uri: rs.uri, ptr: `${r.origin.ptr}/id` }),
    };
  });

  const projection = pa.projection;
  const firstOutcome = new Map<string, Outcome>();
  for (const s of project.sections) for (const o of s.indicatorOutcomes) if (!firstOutcome.has(o.target)) firstOutcome.set(o.target, o);
  const indicators: CoverageIndicator[] = [...rs.indicators.values()].map((ind) => {
    const target = year !== undefined ? ind.targets.get(year) : undefined;
    // Whether there is an outcome is the checker's verdict; the figure shown is the first one reported.
    const utfall = projection.data.indikatorer[ind.id]?.utfall;
    const o = firstOutcome.get(ind.id);
    const value = o ? outcomeValue(pa, o, ind.unit) : tableOutcome(project.tables, ind.id);
    const has = typeof utfall === 'number' && value !== undefined;
    const status: IndicatorStatus = !has ? 'utan-utfall' : !target ? 'utan-målvärde' : reachedTarget(value!.value, target, ind.direction) ? 'uppnått' : 'inte-uppnått';
    return {
      id: ind.id,
      name: ind.namn,
      unit: ind.unit,
      direction: ind.direction,
      year,
      target: target ? shown(target, ind.unit) : undefined,
      outcome: has ? shown(value!.value, ind.unit, value!.decimals, target, ind.direction) : undefined,
      status,
      reportedIn: reportedIn(ind.id),
      location: locate.origin({ uri: rs.uri, ptr: `${ind.origin.ptr}/id` }),
    };
  });

  const count = (s: CoverageStatus) => requirements.filter((r) => r.status === s).length;
  // A redovisning's due and answered are the items of its part.
  const items = concerns ? requirements[0].parts.find((p) => p.id === concerns.part.id)?.items ?? [] : undefined;
  const summary: CoverageSummary = items ? {
    requirements: requirements.length,
    due: items.length,
    answered: items.filter((i) => i.answers.length > 0).length,
    unanswered: items.filter((i) => i.answers.length === 0).length,
    outdated: 0,
    notInReport: 0,
    removed: 0,
    indicators: 0,
    withOutcome: 0,
    reached: 0,
  } : {
    requirements: requirements.length,
    due: requirements.filter((r) => r.dueInReport).length,
    answered: count('besvarat') + count('inaktuellt-svar'),
    unanswered: count('obesvarat'),
    outdated: count('inaktuellt-svar'),
    notInReport: count('inte-i-årsredovisningen'),
    removed: count('borttaget'),
    indicators: indicators.length,
    withOutcome: indicators.filter((i) => i.status !== 'utan-utfall').length,
    reached: indicators.filter((i) => i.status === 'uppnått').length,
  };
  return {
    manifestUri: project.manifest.uri,
    kind: project.manifest.kind,
    concerns: concerns ? { requirementId: concerns.requirement.id, partId: concerns.part.id, date: project.manifest.date } : undefined,
    requirementSetUri: rs.uri,
    myndighet: project.manifest.myndighet ?? rs.myndighet,
    year,
    diarienummer: rs.diarienummer,
    judged: project.broken.length === 0,
    broken: project.broken,
    requirements,
    indicators: concerns || project.manifest.kind === 'redovisning' ? [] : indicators,
    summary,
  };
}
