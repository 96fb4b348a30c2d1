// What a figure reference in a text (`{T8.totalt.år2023}`, model/proseRefs.ts) names: its cell, or which
// part of the name names nothing. One resolution for the renderer, which prints the cell, and the
// references rule, which reports what it cannot find.
import type { ProseRef } from '../model/proseRefs';
import type { Table } from '../model/types';
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
