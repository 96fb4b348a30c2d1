// What a figure reference in a text (`{T8.totalt.år2023}`, model/proseRefs.ts) names: its cell, or which
// part of the name names nothing. One resolution for the renderer, which prints the cell, and the
// references rule, which reports what it cannot find.
import type { ProseRef } from '../model/proseRefs';
import type { Origin, Table } from '../model/types';
import type { Project } from '../project';
import type { Cell } from './cells';
import type { TableIndex } from './resolve';

export type ProseTarget =
  | { readonly cell: Cell }
  | { readonly missing: 'table' }
  | { readonly missing: 'row' | 'column'; readonly table: Table };

export function proseTarget(index: TableIndex, ref: ProseRef): ProseTarget {
  const table = index.tables.get(ref.table);
  if (!table) return { missing: 'table' };
  const row = index.row(table, ref.row);
  if (!row) return { missing: 'row', table };
  const column = index.column(table, ref.column);
  if (!column) return { missing: 'column', table };
  return { cell: index.cell(table, row, column) };
}

/**
 * The texts that may print a cell by reference, with where each stands: the sections' texts and the tables'
 * remarks (a row's heading states figures as claims only). One list for the references rule, find
 * references and the share script.
 */
export function* printingTexts(project: Project): Generator<{ readonly origin: Origin; readonly text: string }> {
  for (const s of project.sections) if (s.text?.includes('{')) yield { origin: { uri: s.uri, ptr: `${s.origin.ptr}/text` }, text: s.text };
  for (const t of project.tables) if (t.note?.includes('{')) yield { origin: { uri: t.uri, ptr: `${t.origin.ptr}/anmärkning` }, text: t.note };
}
