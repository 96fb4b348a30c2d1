// The words the renderer adds to the report itself (captions, the table of contents, titles of marked
// cells), in the two languages the product speaks. The report's own text stays as the author wrote it.
import type { Verdict } from '../charts/indicators';
import type { Language } from '../problems';

export interface Labels {
  /**
   * The attribute that marks the renderer's own words as their language inside the Swedish page: '' for
   * Swedish, ` lang="en"` for English, so that a screen reader switches voice for them (WCAG 3.1.2).
   */
  readonly langAttr: string;
  readonly table: string;
  readonly figure: string;
  readonly note: string;
  readonly noteColumn: string;
  readonly annualReport: string;
  /** The kinds of a redovisning of a part of an assignment, as its title names them. */
  readonly partReports: { readonly delredovisning: string; readonly slutredovisning: string; readonly redovisning: string };
  readonly reportDate: string;
  readonly recipient: string;
  readonly contents: string;
  readonly diarienummer: string;
  readonly reportNumber: string;
  readonly fiscalYear: string;
  readonly agency: string;
  readonly letter: string;
  readonly decided: string;
  readonly amendments: string;
  readonly leadership: string;
  readonly signatures: string;
  readonly computed: (formulas: string) => string;
  readonly computedNoFormula: string;
  readonly mismatch: (printed: string, interval: string | undefined, formulas: string) => string;
  readonly formulaGives: (formula: string, interval: string) => string;
  readonly unitNote: (unit: string) => string | undefined;
  readonly place: (place: string, date: string) => string;
  readonly months: readonly string[];
  readonly leadershipForms: Readonly<Record<string, string>>;
  readonly generated: string;
  /** The skip link at the top of the page, to the report's main content (WCAG 2.4.1). */
  readonly skipToContent: string;
  /** The PDF's subject in its metadata: "Årsredovisning 2023 för Statens servicecenter". */
  readonly subject: (title: string, agency: string | undefined) => string;
  /** The page number in the running footer, as CSS `content` values around `counter(page)` and `counter(pages)`. */
  readonly pageNumber: string;
  readonly checkedFigures: (checked: number, printed: number) => string;
  readonly chart: ChartLabels;
}

/** The words of charts: captions, legends and the text alternatives that state every value. */
interface ChartLabels {
  /** The caption's label, before the title: "Diagram:". */
  readonly caption: string;
  /** What follows an indicator's name in its chart's title: " – utfall och målvärde". */
  readonly indicatorSuffix: string;
  readonly outcome: string;
  readonly forecast: string;
  readonly target: string;
  /** How an indicator chart draws its figures, for the text alternative. */
  readonly encoding: string;
  readonly kind: { readonly stapel: string; readonly linje: string };
  /** "Stapeldiagram, mnkr, 2021–2023." */
  readonly overview: (kind: string, unit: string | undefined, years: string) => string;
  readonly verdicts: Readonly<Record<Verdict, string>>;
  readonly direction: { readonly högre: string; readonly lägre: string };
  /** One year of an indicator: "2023: utfall 53, målvärde 60, inte uppnått". */
  readonly indicatorYear: (year: number, outcome: string | undefined, forecast: boolean, target: string | undefined, verdict: string | undefined) => string;
  /** The sentence under an indicator chart: "Målvärdet för 2023 (60) nåddes inte: utfallet blev 53." */
  readonly status: (year: number, outcome: string, target: string, verdict: Verdict) => string;
  readonly noValue: string;
  readonly error: string;
}

const SV: Labels = {
  langAttr: '',
  table: 'Tabell',
  figure: 'Figur',
  note: 'Not',
  noteColumn: 'Not',
  annualReport: 'Årsredovisning',
  partReports: { delredovisning: 'Delredovisning', slutredovisning: 'Slutredovisning', redovisning: 'Redovisning' },
  reportDate: 'Datum',
  recipient: 'Till',
  contents: 'Innehåll',
  diarienummer: 'Dnr',
  reportNumber: 'Rapport',
  fiscalYear: 'Räkenskapsår',
  agency: 'Myndighet',
  letter: 'Regleringsbrev',
  decided: 'beslutat',
  amendments: 'Ändringsbeslut',
  leadership: 'Ledning',
  signatures: 'Underskrifter',
  computed: (f) => `Beräknat värde: källan anger inget värde, så det räknas fram ur ${f}.`,
  computedNoFormula: 'Beräknat värde: källan anger inget värde.',
  mismatch: (p, i, f) => `Stämmer inte: den tryckta siffran ${p}${i ? ` står för ${i}` : ''}, men ${f}.`,
  formulaGives: (f, i) => `formeln ${f} ger ${i}`,
  unitNote: (u) => {
    const money: Record<string, string> = {
      kr: 'Belopp i kronor.',
      tkr: 'Belopp i tusentals kronor (tkr).',
      mnkr: 'Belopp i miljoner kronor (mnkr).',
      mdkr: 'Belopp i miljarder kronor (mdkr).',
      '%': 'Andelar i procent.',
    };
    return money[u] ?? (['antal', 'st', 'text'].includes(u) ? undefined : `Enhet: ${u}.`);
  },
  place: (p, d) => `${p} den ${d}`,
  months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  leadershipForms: { styrelse: 'Styrelse', enrådighet: 'Enrådighetsmyndighet', nämnd: 'Nämnd' },
  generated: 'Framställd med regbrev ur rapportens källfiler.',
  skipToContent: 'Till innehållet',
  subject: (t, a) => (a ? `${t} för ${a}` : t),
  // Swedish documents number their pages "3 (75)".
  pageNumber: 'counter(page) " (" counter(pages) ")"',
  checkedFigures: (c, p) => `${c} av ${p} ${p === 1 ? 'siffra' : 'siffror'} kontrollerade`,
  chart: {
    caption: 'Diagram:',
    indicatorSuffix: ' – utfall och målvärde',
    outcome: 'Utfall',
    forecast: 'Prognos',
    target: 'Målvärde',
    encoding: 'Utfallet visas som staplar och målvärdet som en streckad linje.',
    kind: { stapel: 'Stapeldiagram', linje: 'Linjediagram' },
    overview: (k, u, y) => `${k}${u ? `, ${u}` : ''}, ${y}.`,
    verdicts: { reached: 'uppnått', 'not-reached': 'inte uppnått', expected: 'bedöms nås', 'not-expected': 'bedöms inte nås' },
    direction: { högre: 'Högre värden är bättre.', lägre: 'Lägre värden är bättre.' },
    indicatorYear: (y, o, f, t, v) => [
      `${y}: ${o === undefined ? 'inget utfall' : `${f ? 'prognos' : 'utfall'} ${o}`}`,
      t === undefined ? 'inget målvärde' : `målvärde ${t}`,
      ...(v ? [v] : []),
    ].join(', '),
    status: (y, o, t, v) => {
      const verb = { reached: 'nåddes', 'not-reached': 'nåddes inte', expected: 'bedöms nås', 'not-expected': 'bedöms inte nås' }[v];
      const what = v === 'reached' || v === 'not-reached' ? 'utfallet blev' : 'prognosen är';
      return `Målvärdet för ${y} (${t}) ${verb}: ${what} ${o}.`;
    },
    noValue: 'inget värde',
    error: 'Diagrammet kunde inte visas',
  },
};

const EN: Labels = {
  langAttr: ' lang="en"',
  table: 'Table',
  figure: 'Figure',
  note: 'Note',
  noteColumn: 'Note',
  annualReport: 'Annual report',
  partReports: { delredovisning: 'Interim report', slutredovisning: 'Final report', redovisning: 'Report' },
  reportDate: 'Date',
  recipient: 'To',
  contents: 'Contents',
  diarienummer: 'Ref. no.',
  reportNumber: 'Report',
  fiscalYear: 'Financial year',
  agency: 'Agency',
  letter: 'Appropriation letter',
  decided: 'decided',
  amendments: 'Amending decisions',
  leadership: 'Leadership',
  signatures: 'Signatures',
  computed: (f) => `Computed value: the source gives no figure, so it is computed from ${f}.`,
  computedNoFormula: 'Computed value: the source gives no figure.',
  mismatch: (p, i, f) => `Does not add up: the printed figure ${p}${i ? ` stands for ${i}` : ''}, but ${f}.`,
  formulaGives: (f, i) => `the formula ${f} gives ${i}`,
  unitNote: (u) => {
    const money: Record<string, string> = {
      kr: 'Amounts in SEK.',
      tkr: 'Amounts in SEK thousand (tkr).',
      mnkr: 'Amounts in SEK million (mnkr).',
      mdkr: 'Amounts in SEK billion (mdkr).',
      '%': 'Shares in per cent.',
    };
    return money[u] ?? (['antal', 'st', 'text'].includes(u) ? undefined : `Unit: ${u}.`);
  },
  place: (p, d) => `${p}, ${d}`,
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  leadershipForms: { styrelse: 'Board', enrådighet: 'Single-head agency', nämnd: 'Committee' },
  generated: 'Produced with regbrev from the report’s source files.',
  skipToContent: 'Skip to content',
  subject: (t, a) => (a ? `${t} of ${a}` : t),
  pageNumber: '"Page " counter(page) " of " counter(pages)',
  checkedFigures: (c, p) => `${c} of ${p} ${p === 1 ? 'figure' : 'figures'} checked`,
  chart: {
    caption: 'Chart:',
    indicatorSuffix: ' – outcome and target',
    outcome: 'Outcome',
    forecast: 'Forecast',
    target: 'Target',
    encoding: 'The outcome is shown as bars and the target as a dashed line.',
    kind: { stapel: 'Bar chart', linje: 'Line chart' },
    overview: (k, u, y) => `${k}${u ? `, ${u}` : ''}, ${y}.`,
    verdicts: { reached: 'reached', 'not-reached': 'not reached', expected: 'expected to be reached', 'not-expected': 'not expected to be reached' },
    direction: { högre: 'Higher values are better.', lägre: 'Lower values are better.' },
    indicatorYear: (y, o, f, t, v) => [
      `${y}: ${o === undefined ? 'no outcome' : `${f ? 'forecast' : 'outcome'} ${o}`}`,
      t === undefined ? 'no target' : `target ${t}`,
      ...(v ? [v] : []),
    ].join(', '),
    status: (y, o, t, v) => {
      const verb = {
        reached: 'was reached', 'not-reached': 'was not reached', expected: 'is expected to be reached', 'not-expected': 'is not expected to be reached',
      }[v];
      const what = v === 'reached' || v === 'not-reached' ? 'the outcome was' : 'the forecast is';
      return `The target for ${y} (${t}) ${verb}: ${what} ${o}.`;
    },
    noValue: 'no value',
    error: 'The chart could not be rendered',
  },
};

/**
 * Markup of the renderer's own words inside text of the sources: as it is in Swedish, in a span marked
 * with its language otherwise.
 */
export function ownWords(l: Labels, html: string): string {
  return l.langAttr ? `<span${l.langAttr}>${html}</span>` : html;
}

export function labels(language: Language): Labels {
  return language === 'en' ? EN : SV;
}

/** A date as a reader writes it: "21 februari 2024", or the text as given when it is not a date. */
export function longDate(date: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const l = labels(language);
  const month = l.months[Number(m[2]) - 1];
  if (!month) return date;
  if (m[3] === undefined) return `${month} ${m[1]}`;
  // Both languages put the day first without a leading zero: "21 februari 2024", "21 February 2024".
  return `${Number(m[3])} ${month} ${m[1]}`;
}
