// The coverage of a report as a document for people, in one language: a title, a summary and tables of
// plain text cells. The Markdown and HTML formats only render it, so that both say the same thing.
import type { Coverage, CoveragePlace } from '../../service/index';
import { INDICATOR_STATUS } from '../../service/index';
import { COVERAGE_WORDS, coverageSummaryLines, goalVerdict, partStatusText, placeLabel, REQUIREMENT_KIND, requirementStatusText } from '../../service/index';
import type { Language, Location, Message } from '../../service/index';

/** Turns a location into `file:line` (1-based), the way people open a file at a line. */
export type Where = (location: Location) => string;

interface ViewTable {
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

const KIND = REQUIREMENT_KIND;
const T = COVERAGE_WORDS;

function place(p: CoveragePlace, where: Where, language: Language): string {
  return `${placeLabel(p, language)} (${where(p.location)})`;
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
        requirementStatusText(r, language),
        r.answers.map((p) => place(p, where, language)).join('; ') || '–',
      ],
    })),
  };
  // Requirements reported in parts: each part with its status, then each of its items with its answers.
  const inParts = c.requirements.filter((r) => r.parts.length > 0);
  const parts: ViewTable = {
    caption: L(T.parts),
    headers: [L(T.id), L(T.part), L(T.item), L(T.status), L(T.answeredIn)],
    rows: inParts.flatMap((r) => r.parts.flatMap((p) => [
      { status: p.status, cells: [r.id, `${p.id}${p.title ? ` (${p.title})` : ''}`, '', partStatusText(p, language), p.reports.map((x) => file(x.uri)).join('; ') || '–'] },
      ...p.items.map((i) => ({
        status: i.answers.length > 0 ? 'besvarat' : 'obesvarat',
        cells: [r.id, p.id, `${i.id}${i.text ? ` (${i.text})` : ''}`, i.answers.length > 0 ? L(T.itemAnswered) : L(T.itemUnanswered), i.answers.map((x) => place(x, where, language)).join('; ') || '–'],
      })),
    ])),
  };
  const withTarget = c.requirements.filter((r) => r.goal);
  const goals: ViewTable = {
    caption: L(T.goals),
    headers: [L(T.id), L(T.heading), L(T.outcome), L(T.target), L(T.verdict)],
    rows: withTarget.map((r) => {
      const g = r.goal!;
      const verdict = goalVerdict(g, language);
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
      `${L(T.letter)} ${c.diarienummer ?? ''} (${c.requirementSetUri ? file(c.requirementSetUri) : '–'}), ${L(c.kind === 'redovisning' ? T.partReport : T.report)} ${file(c.manifestUri)}.`.replace(/\s+\(/, ' ('),
    ],
    warning: c.judged ? undefined : `${L(T.broken)} ${c.broken.map(file).join(', ')}.`,
    summary: coverageSummaryLines(c, language),
    // A redovisning covers the items of its part; the annual report every requirement and indicator.
    tables: c.kind === 'redovisning' ? [parts] : [requirements, ...(inParts.length > 0 ? [parts] : []), ...(withTarget.length > 0 ? [goals] : []), indicators],
  };
}
