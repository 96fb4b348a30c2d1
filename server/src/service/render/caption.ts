// Table captions as the printed report writes them: "Tabell 1. Rubrik", "Figur 15. Rubrik", "Not 1 Rubrik".
import type { Table } from '../model/types';
import type { Language } from '../problems';
import type { ComputedTable } from '../features/computedTables';
import { labels } from './labels';

export interface Caption {
  /** The numbered label ("Tabell 1."), empty for an unnumbered table. */
  readonly label: string;
  readonly text: string;
}

/** The caption of a table of the model, which knows its number, figure number or note. */
export function tableCaption(table: Table, language: Language): Caption {
  const l = labels(language);
  const text = table.rubrik ?? '';
  if (table.nummer !== undefined) return { label: `${l.table} ${table.nummer}.`, text };
  if (table.figur !== undefined) return { label: `${l.figure} ${table.figur}.`, text };
  if (table.section.not !== undefined) return { label: `${l.note} ${table.section.not}`, text };
  return { label: '', text: text || table.id };
}

/**
 * The caption of a computed table alone (the preview of one table). Its label reads "Tabell 1 (T1)" or,
 * for an unnumbered table, "Tabell T1"; the id in parentheses is for authors and is left out of print.
 */
export function computedCaption(table: ComputedTable): Caption {
  const text = table.rubrik ?? '';
  const m = /^(.*\S) \(([^()]*)\)$/.exec(table.label);
  if (!m || m[2] !== table.id) return { label: '', text: text || table.id };
  const isNote = /^(Not|Note) /.test(m[1]);
  return { label: isNote ? m[1] : `${m[1]}.`, text };
}
