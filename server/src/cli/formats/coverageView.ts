// The coverage of a report as a document for people, in one language: a title, a summary and tables of
// plain text cells. The Markdown and HTML formats only render it, so that both say the same thing.
import type { Coverage, CoveragePlace, CoverageRequirement } from '../../service/features/coverage';
import { COVERAGE_STATUS, INDICATOR_STATUS } from '../../service/features/coverage';
import type { RequirementKind } from '../../service/model/types';
import type { Language, Location, Message } from '../../service/problems';

/** Turns a location into `file:line` (1-based), the way people open a file at a line. */
export type Where = (location: Location) => string;

export interface ViewTable {
  readonly caption: string;
  readonly headers: readonly string[];
  /** Each row's first cell names the row (an id); `status` is a stable key for styling. */
  readonly rows: readonly { readonly cells: readonly string[]; readonly status?: string }[];
}

export interface CoverageDoc {
  readonly title: string;
  readonly intro: readonly string[];
  readonly warning?: string;
  readonly summary: readonly string[];
  readonly tables: readonly ViewTable[];
}

const KIND: Record<RequirementKind, Message> = {
  mål: { sv: 'mål', en: 'goal' },
  återrapporteringskrav: { sv: 'återrapporteringskrav', en: 'reporting requirement' },
  uppdrag: { sv: 'uppdrag', en: 'assignment' },
};

const T = {
  title: { sv: 'Täckning av regleringsbrevet', en: 'Coverage of the appropriation letter' },
  letter: { sv: 'Regleringsbrev', en: 'Appropriation letter' },
  report: { sv: 'årsredovisning', en: 'annual report' },
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
  by: { sv: 'senast', en: 'by' },
  reached: { sv: 'uppnått', en: 'reached' },
  notReached: { sv: 'inte uppnått', en: 'not reached' },
  expected: { sv: 'bedöms nås', en: 'expected to be reached' },
  notExpected: { sv: 'bedöms inte nås', en: 'not expected to be reached' },
  broken: {
    sv: 'Täckningen kan inte bedömas förrän YAML-felen är rättade i',
    en: 'Coverage cannot be judged until the YAML errors are fixed in',
  },
};

function place(p: CoveragePlace, where: Where, language: Language): string {
  const name = [p.number?.[language], p.heading].filter(Boolean).join(' ') || '–';
  const notes = [
    ...(p.kind === 'måluppfyllelse' ? [T.goalOutcome[language]] : []),
    ...(p.current ? [] : [`${T.outdated[language]}${p.version ? ` ${p.version}` : ''}`]),
  ];
  return `${name}${notes.length > 0 ? ` – ${notes.join(', ')}` : ''} (${where(p.location)})`;
}

function statusText(r: CoverageRequirement, language: Language): string {
  const label = COVERAGE_STATUS[r.status][language];
  if (r.status === 'borttaget' && r.removedBy) return `${T.removedBy[language]} ${r.removedBy}`;
  if (r.status !== 'inte-i-årsredovisningen' || r.elsewhere.length === 0) return label;
  const to = r.elsewhere.map((e) => [e.recipient, e.deadline ? `${T.by[language]} ${e.deadline}` : undefined].filter(Boolean).join(' ')).filter(Boolean);
  return to.length > 0 ? `${label} (${to.join('; ')})` : label;
}

function summary(c: Coverage, language: Language): string[] {
  const s = c.summary;
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

export function coverageDoc(c: Coverage, where: Where, file: (uri: string) => string, language: Language): CoverageDoc {
  const L = (m: Message) => m[language];
  const who = [c.myndighet, c.year].filter((x) => x !== undefined).join(' ');
  const requirements: ViewTable = {
    caption: L(T.requirements),
    headers: [L(T.id), L(T.kind), L(T.heading), L(T.due), L(T.status), L(T.answeredIn)],
    rows: c.requirements.map((r) => ({
      status: r.status,
      cells: [
        r.id,
        L(KIND[r.kind]),
        r.title ?? '',
        r.dueInReport ? L(T.yes) : L(T.no),
        statusText(r, language),
        r.answers.map((p) => place(p, where, language)).join('; ') || '–',
      ],
    })),
  };
  const withTarget = c.requirements.filter((r) => r.goal);
  const goals: ViewTable = {
    caption: L(T.goals),
    headers: [L(T.id), L(T.heading), L(T.outcome), L(T.target), L(T.verdict)],
    rows: withTarget.map((r) => {
      const g = r.goal!;
      const verdict = g.reached === undefined ? INDICATOR_STATUS['utan-utfall'][language]
        : g.forecast ? L(g.reached ? T.expected : T.notExpected)
          : L(g.reached ? T.reached : T.notReached);
      return { status: g.reached === undefined ? 'utan-utfall' : g.reached ? 'uppnått' : 'inte-uppnått', cells: [r.id, r.title ?? '', g.outcome ? L(g.outcome) : '–', `${L(g.target)}${g.year ? ` (${g.year})` : ''}`, verdict] };
    }),
  };
  const indicators: ViewTable = {
    caption: L(T.indicators),
    headers: [L(T.id), L(T.name), L(T.outcome), `${L(T.target)}${c.year ? ` ${c.year}` : ''}`, L(T.direction), L(T.verdict), L(T.reportedIn)],
    rows: c.indicators.map((i) => ({
      status: i.status,
      cells: [
        i.id,
        i.name ?? '',
        i.outcome ? L(i.outcome) : '–',
        i.target ? L(i.target) : '–',
        i.direction === 'lägre' ? L(T.lower) : L(T.higher),
        L(INDICATOR_STATUS[i.status]),
        i.reportedIn.map((p) => place(p, where, language)).join('; ') || '–',
      ],
    })),
  };
  return {
    title: `${L(T.title)}${who ? `: ${who}` : ''}`,
    intro: [
      `${L(T.letter)} ${c.diarienummer ?? ''} (${c.requirementSetUri ? file(c.requirementSetUri) : '–'}), ${L(T.report)} ${file(c.manifestUri)}.`.replace(/\s+\(/, ' ('),
    ],
    warning: c.judged ? undefined : `${L(T.broken)} ${c.broken.map(file).join(', ')}.`,
    summary: summary(c, language),
    tables: [requirements, ...(withTarget.length > 0 ? [goals] : []), indicators],
  };
}
