// The report's outline: the title each chapter and section prints, and the anchor ids of sections, notes
// and tables. Ids are handed out in one pass before anything is rendered, so that a table early in the
// report can link to a note at its end.
import { allSections } from '../model/chapter';
import type { Chapter, Section, Table } from '../model/types';
import { IdRegistry } from './escape';
import type { Labels } from './labels';

export interface SectionTitle {
  /** The number as printed: "4", "4.1", "Bilaga 1", "Not 1.". Empty when the section has none. */
  readonly number: string;
  readonly text: string;
  /** True when the number is the renderer's word ("Not 1."), which carries its language on the page. */
  readonly added?: boolean;
}

export interface Outline {
  readonly sectionIds: ReadonlyMap<Section, string>;
  readonly noteIds: ReadonlyMap<number, string>;
  readonly tableIds: ReadonlyMap<Table, string>;
}

/** The title of a section, or undefined when it has neither number nor heading (text only). */
export function sectionTitle(section: Section, l: Labels): SectionTitle | undefined {
  const text = section.rubrik ?? '';
  if (section.not !== undefined) return { number: `${l.note} ${section.not}.`, text, added: true };
  if (section.nummer) return { number: section.nummer, text };
  return text ? { number: '', text } : undefined;
}

export function buildOutline(chapters: readonly Chapter[], ids: IdRegistry): Outline {
  const sectionIds = new Map<Section, string>();
  const noteIds = new Map<number, string>();
  const tableIds = new Map<Table, string>();
  chapters.forEach((chapter, i) => {
    for (const s of allSections(chapter)) {
      let id: string;
      if (s.not !== undefined) {
        id = ids.take('not', String(s.not));
        if (!noteIds.has(s.not)) noteIds.set(s.not, id);
      } else if (s.depth === 0) {
        id = ids.take('kapitel', s.nummer ?? s.id ?? String(i + 1));
      } else {
        id = ids.take('avsnitt', s.nummer ?? s.id ?? s.rubrik ?? 'x');
      }
      sectionIds.set(s, id);
      for (const t of s.tables) tableIds.set(t, ids.take('tabell', t.id));
    }
  });
  return { sectionIds, noteIds, tableIds };
}
