// The words the renderer adds to the report itself (captions, the table of contents, titles of marked
// cells), in the two languages the product speaks. The report's own text stays as the author wrote it.
import type { Language } from '../problems';

export interface Labels {
  readonly table: string;
  readonly figure: string;
  readonly note: string;
  readonly noteColumn: string;
  readonly annualReport: string;
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
  readonly checkedFigures: (checked: number, printed: number) => string;
}

const SV: Labels = {
  table: 'Tabell',
  figure: 'Figur',
  note: 'Not',
  noteColumn: 'Not',
  annualReport: 'Årsredovisning',
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
  generated: 'Framställd med regbrev ur årsredovisningens källfiler.',
  checkedFigures: (c, p) => `${c} av ${p} ${p === 1 ? 'siffra' : 'siffror'} kontrollerade`,
};

const EN: Labels = {
  table: 'Table',
  figure: 'Figure',
  note: 'Note',
  noteColumn: 'Note',
  annualReport: 'Annual report',
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
  checkedFigures: (c, p) => `${c} of ${p} ${p === 1 ? 'figure' : 'figures'} checked`,
};

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
