// How the printed report names its tables and sections, in one place: "Tabell 1", "Figur 15", "Not 3",
// "1.2 Rubrik". Messages, the answer lists of hover and the requirements view, the outline, completion and
// the renderer's captions all take their labels from here, so that a table is called the same everywhere.
import type { Language, Message } from '../problems';
import type { Section, Table } from './types';

const WORDS = {
  table: { sv: 'Tabell', en: 'Table' },
  figure: { sv: 'Figur', en: 'Figure' },
  note: { sv: 'Not', en: 'Note' },
} as const;

/** The number the printed report gives a table ("Tabell 1", "Figur 15"), or undefined when it has none. */
export function tableNumber(t: Table, language: Language): string | undefined {
  if (t.nummer !== undefined) return `${WORDS.table[language]} ${t.nummer}`;
  if (t.figur !== undefined) return `${WORDS.figure[language]} ${t.figur}`;
  return undefined;
}

/** A table as a list names it: its number, else "Tabell <id>". */
export function tableName(t: Table): Message {
  return { sv: tableNumber(t, 'sv') ?? `${WORDS.table.sv} ${t.id}`, en: tableNumber(t, 'en') ?? `${WORDS.table.en} ${t.id}` };
}

/** What the printed report heads a table with: its number, or for a table of a note the note's. */
export function printedNumber(t: Table, language: Language): string | undefined {
  return tableNumber(t, language) ?? (t.section.not !== undefined ? `${WORDS.note[language]} ${t.section.not}` : undefined);
}

/** A table as a finding names it, with its id for the author: "Tabell 1 (T1)", "Not 3 (T5)", "Tabell T1". */
export function tableLabel(t: Table): Message {
  const of = (language: Language) => {
    const number = printedNumber(t, language);
    return number ? `${number} (${t.id})` : `${WORDS.table[language]} ${t.id}`;
  };
  return { sv: of('sv'), en: of('en') };
}

export interface Caption {
  /** The numbered label ("Tabell 1."), empty for an unnumbered table. */
  readonly label: string;
  readonly text: string;
}

/** A table's caption as the printed report writes it: "Tabell 1. Rubrik", "Figur 15. Rubrik", "Not 1 Rubrik". */
export function tableCaption(t: Table, language: Language): Caption {
  const text = t.rubrik ?? '';
  const number = tableNumber(t, language);
  if (number) return { label: `${number}.`, text };
  const note = printedNumber(t, language);
  if (note) return { label: note, text };
  return { label: '', text: text || t.id };
}

/** A section's number as the report prints it: "1.2", or "Not 3" for a note. */
export function sectionNumber(s: Pick<Section, 'nummer' | 'not'>): Message | undefined {
  if (s.not !== undefined) return { sv: `${WORDS.note.sv} ${s.not}`, en: `${WORDS.note.en} ${s.not}` };
  return s.nummer !== undefined ? { sv: s.nummer, en: s.nummer } : undefined;
}

/** A section as a list names it: "1.2 Rubrik", "Not 3 Rubrik", or its heading alone. */
export function sectionName(s: Pick<Section, 'nummer' | 'not' | 'rubrik'>): Message {
  const number = sectionNumber(s);
  const of = (language: Language) => [number?.[language], s.rubrik].filter(Boolean).join(' ') || (language === 'sv' ? '(avsnitt)' : '(section)');
  return { sv: of('sv'), en: of('en') };
}
