// The words of the coverage, shared by every face that shows it to people: the CLI's coverage report
// (Markdown, HTML), the editor's requirements view and its status item. One wording, so that they say
// the same thing.
import type { Coverage, CoveragePart, CoveragePlace, CoverageRequirement, GoalOutcome } from './coverage';
import { COVERAGE_STATUS, INDICATOR_STATUS, PART_STATUS } from './coverage';
import type { RequirementKind } from '../model/types';
import type { Language, Message } from '../problems';

export const REQUIREMENT_KIND: Record<RequirementKind, Message> = {
  mål: { sv: 'mål', en: 'goal' },
  återrapporteringskrav: { sv: 'återrapporteringskrav', en: 'reporting requirement' },
  uppdrag: { sv: 'uppdrag', en: 'assignment' },
};

export const COVERAGE_WORDS = {
  title: { sv: 'Täckning av regleringsbrevet', en: 'Coverage of the appropriation letter' },
  letter: { sv: 'Regleringsbrev', en: 'Appropriation letter' },
  report: { sv: 'årsredovisning', en: 'annual report' },
  partReport: { sv: 'redovisning', en: 'report' },
  requirements: { sv: 'Regleringsbrevets krav och var de besvaras', en: 'Requirements of the letter and where they are answered' },
  goals: { sv: 'Mål med målvärde', en: 'Goals with a target' },
  indicators: { sv: 'Resultatindikatorer', en: 'Performance indicators' },
  id: { sv: 'Id', en: 'Id' },
  kind: { sv: 'Typ', en: 'Kind' },
  heading: { sv: 'Rubrik', en: 'Title' },
  due: { sv: 'Ska redovisas i årsredovisningen', en: 'Due in the annual report' },
  status: { sv: 'Status', en: 'Status' },
  answeredIn: { sv: 'Besvaras i', en: 'Answered in' },
  name: { sv: 'Namn', en: 'Name' },
  outcome: { sv: 'Utfall', en: 'Outcome' },
  target: { sv: 'Målvärde', en: 'Target' },
  direction: { sv: 'Riktning', en: 'Direction' },
  verdict: { sv: 'Bedömning', en: 'Assessment' },
  reportedIn: { sv: 'Redovisas i', en: 'Reported in' },
  yes: { sv: 'ja', en: 'yes' },
  no: { sv: 'nej', en: 'no' },
  higher: { sv: 'högre är bättre', en: 'higher is better' },
  lower: { sv: 'lägre är bättre', en: 'lower is better' },
  goalOutcome: { sv: 'måluppfyllelse', en: 'goal outcome' },
  outdated: { sv: 'äldre lydelse', en: 'older wording' },
  removedBy: { sv: 'borttaget genom', en: 'removed by' },
  revoked: { sv: 'upphävt, regleringsbrevet upphäver', en: 'revoked, the letter revokes' },
  by: { sv: 'senast', en: 'by' },
  parts: { sv: 'Krav som redovisas i delar', en: 'Requirements reported in parts' },
  part: { sv: 'Del', en: 'Part' },
  item: { sv: 'Punkt', en: 'Item' },
  itemAnswered: { sv: 'besvarad', en: 'answered' },
  itemUnanswered: { sv: 'obesvarad', en: 'unanswered' },
  reached: { sv: 'uppnått', en: 'reached' },
  notReached: { sv: 'inte uppnått', en: 'not reached' },
  expected: { sv: 'bedöms nås', en: 'expected to be reached' },
  notExpected: { sv: 'bedöms inte nås', en: 'not expected to be reached' },
  broken: {
    sv: 'Täckningen kan inte bedömas förrän YAML-felen är rättade i',
    en: 'Coverage cannot be judged until the YAML errors are fixed in',
  },
};

/** How a reader finds a place in the printed report, with what kind of answer it is: "4.1 Rubrik – äldre lydelse". */
export function placeLabel(p: CoveragePlace, language: Language): string {
  const T = COVERAGE_WORDS;
  const name = [p.number?.[language], p.heading].filter(Boolean).join(' ') || '–';
  const notes = [
    ...(p.kind === 'måluppfyllelse' ? [T.goalOutcome[language]] : []),
    ...(p.current ? [] : [`${T.outdated[language]}${p.version ? ` ${p.version}` : ''}`]),
  ];
  return `${name}${notes.length > 0 ? ` – ${notes.join(', ')}` : ''}`;
}

/** A requirement's status as a reader wants it: where else it is reported, or which decision removed it. */
export function requirementStatusText(r: CoverageRequirement, language: Language): string {
  const T = COVERAGE_WORDS;
  const label = COVERAGE_STATUS[r.status][language];
  if (r.status === 'borttaget' && r.removedBy) return `${T.removedBy[language]} ${r.removedBy}`;
  if (r.status === 'borttaget' && r.revokedBy) return `${T.revoked[language]} ${r.revokedBy}`;
  if (r.status !== 'inte-i-årsredovisningen' || r.elsewhere.length === 0) return label;
  const to = r.elsewhere.map((e) => [e.recipient, e.deadline ? `${T.by[language]} ${e.deadline}` : undefined].filter(Boolean).join(' ')).filter(Boolean);
  return to.length > 0 ? `${label} (${to.join('; ')})` : label;
}

/** A part's status in words: "redovisad 2025-06-16 (senast 2025-06-30)". */
export function partStatusText(p: CoveragePart, language: Language): string {
  const dates = p.reports.map((r) => r.date).filter((d): d is string => d !== undefined);
  const when = (p.status === 'redovisad' || p.status === 'sen') && dates.length > 0 ? ` ${dates.join(', ')}` : '';
  const due = p.deadline ? ` (${COVERAGE_WORDS.by[language]} ${p.deadline})` : '';
  return `${PART_STATUS[p.status][language]}${when}${due}`;
}

/** A goal's verdict: reached or not, or for a target after the report's year, expected or not. */
export function goalVerdict(g: GoalOutcome, language: Language): string {
  const T = COVERAGE_WORDS;
  if (g.reached === undefined) return INDICATOR_STATUS['utan-utfall'][language];
  if (g.forecast) return (g.reached ? T.expected : T.notExpected)[language];
  return (g.reached ? T.reached : T.notReached)[language];
}

export function coverageSummaryLines(c: Coverage, language: Language): string[] {
  const s = c.summary;
  if (c.concerns) {
    const { requirementId: r, partId: p } = c.concerns;
    return [language === 'sv'
      ? `${s.answered} av ${s.due} punkter i delen ${p} av ${r} besvaras; ${s.unanswered} besvaras inte.`
      : `${s.answered} of ${s.due} items of part ${p} of ${r} are answered; ${s.unanswered} are not.`];
  }
  if (language === 'sv') {
    return [
      `${s.answered} av ${s.due} krav som ska redovisas i årsredovisningen besvaras (${s.outdated} av dem med inaktuellt svar); ${s.unanswered} besvaras inte.`,
      `Krav som redovisas på annat sätt än i årsredovisningen: ${s.notInReport}; borttagna genom ändringsbeslut: ${s.removed}.`,
      `Indikatorer med utfall: ${s.withOutcome} av ${s.indicators}; som når sitt målvärde: ${s.reached}.`,
    ];
  }
  return [
    `${s.answered} of ${s.due} requirements due in the annual report are answered (${s.outdated} of them with an outdated answer); unanswered: ${s.unanswered}.`,
    `Requirements reported elsewhere than in the annual report: ${s.notInReport}; removed by amendments: ${s.removed}.`,
    `Indicators with an outcome: ${s.withOutcome} of ${s.indicators}; reaching their target: ${s.reached}.`,
  ];
}
