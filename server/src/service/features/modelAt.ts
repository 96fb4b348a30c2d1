// Maps a place in a file (a JSON path from nodeAt) to the model element it belongs to: the section, the
// table, the row, the column and the cell, or the requirement, indicator or link of the letter.
import type { ProjectAnalysis } from '../analyze';
import { allSections } from '../model/chapter';
import type { Column, DataRow, RequirementSet, Section, Table } from '../model/types';
import type { Cell } from '../tables/cells';
import { joinPointer } from '../yaml/pointer';
import type { FileState } from '../workspace';

export interface ModelAt {
  readonly section?: Section;
  readonly table?: Table;
  readonly row?: DataRow;
  readonly column?: Column;
  readonly cell?: Cell;
}

function startsWith(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/** The deepest section and table (and row, column and cell) whose node contains the path. */
export function modelAt(file: FileState, path: readonly (string | number)[], pa: ProjectAnalysis | undefined): ModelAt {
  if (file.kind !== 'kapitel' || !file.model) return {};
  const pointer = joinPointer(path);
  let section: Section | undefined;
  for (const s of allSections(file.model)) if (startsWith(pointer, s.origin.ptr)) section = s;
  const table = section?.tables.find((t) => startsWith(pointer, t.origin.ptr));
  if (!table) return { section };
  const row = table.dataRows.find((r) => startsWith(pointer, r.origin.ptr));
  let column = table.columns.find((c) => startsWith(pointer, c.origin.ptr));
  if (row && !column) {
    // Inside `värden` or `cellformler`, the next segment names the column by position or id.
    const rest = pointer.slice(row.origin.ptr.length).split('/').filter(Boolean);
    if ((rest[0] === 'värden' || rest[0] === 'cellformler') && rest[1] !== undefined) {
      column = /^\d+$/.test(rest[1]) && rest[0] === 'värden' ? table.columns[Number(rest[1])] : table.columns.find((c) => c.id === decodeURIComponent(rest[1]));
    }
  }
  const cell = pa && row && column && pa.index.tables.get(table.id) === table ? pa.index.cell(table, row, column) : undefined;
  return { section, table, row, column, cell };
}

/** The requirement set of the report a file belongs to, or the file itself when it is one. */
export function requirementSetFor(file: FileState, pa: ProjectAnalysis | undefined): RequirementSet | undefined {
  if (file.kind === 'regleringsbrev') return file.model;
  return pa?.project.requirementSet;
}
