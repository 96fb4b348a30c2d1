// The tables of one report, indexed for formula resolution: tables by id, cells by key, the rows of
// each standard form by post, and the requirement set's figures that formulas may name as `rb.…`.
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import { unitScale } from '../numbers/units';
import type { Unit } from '../numbers/units';
import type { Column, DataRow, RequirementSet, Table } from '../model/types';
import { FEE_COLUMNS } from '../model/types';
import { FORMS } from '../forms/definitions';
import type { FormDef } from '../forms/definitions';
import { declaredInterval, makeCell } from './cells';
import type { Cell } from './cells';
import type * as R from '../numbers/rational';

/** The tables of one standard form, merged: a post names a row (row forms) or a column (column forms). */
export interface FormView {
  readonly def: FormDef;
  readonly tables: readonly Table[];
  /** Row forms: post id → the table and row that print it. */
  readonly rows: ReadonlyMap<string, { readonly table: Table; readonly row: DataRow }>;
  /** Years any table of the form has a column for. */
  readonly years: ReadonlySet<number>;
}

export interface RbFact {
  readonly interval: Interval;
  readonly label: string;
}

/**
 * Cells are created once per table, row and column object, and kept while the table is: a cell depends
 * on these three alone, and a file that did not change keeps its model's objects, so that an analysis
 * after an edit makes the cells of the edited file only. The table comes first because a row or column
 * of a standard form may serve several tables. Nested maps avoid building string keys on every lookup.
 */
const CELLS = new WeakMap<Table, WeakMap<DataRow, Map<Column, Cell>>>();

/**
 * A table's rows and columns by id, made when first asked for and kept with the table (they depend on
 * it alone). The first of duplicated ids wins, as for tables; the duplicate itself is reported.
 */
const ROWS = new WeakMap<Table, Map<string, DataRow>>();
const COLUMNS = new WeakMap<Table, Map<string, Column>>();

function byId<T extends { readonly id: string }>(memo: WeakMap<Table, Map<string, T>>, table: Table, items: readonly T[]): Map<string, T> {
  let found = memo.get(table);
  if (!found) {
    found = new Map();
    for (const item of items) if (!found.has(item.id)) found.set(item.id, item);
    memo.set(table, found);
  }
  return found;
}

/** A table's row by id (the first of duplicated ids), with or without an index of the report. */
export function rowOf(table: Table, id: string): DataRow | undefined {
  return byId(ROWS, table, table.dataRows).get(id);
}

export class TableIndex {
  readonly tables = new Map<string, Table>();
  readonly forms = new Map<string, FormView>();
  readonly rbFacts = new Map<string, RbFact>();

  constructor(tables: readonly Table[], readonly requirementSet: RequirementSet | undefined) {
    const byForm = new Map<string, Table[]>();
    for (const t of tables) {
      if (this.tables.has(t.id)) continue;
      this.tables.set(t.id, t);
      if (t.form === undefined) continue;
      const members = byForm.get(t.form);
      if (members) members.push(t);
      else byForm.set(t.form, [t]);
    }
    for (const def of FORMS.values()) {
      const members = byForm.get(def.name) ?? [];
      const rows = new Map<string, { table: Table; row: DataRow }>();
      const years = new Set<number>();
      for (const t of members) {
        for (const c of t.columns) if (c.year !== undefined) years.add(c.year);
        if (def.orientation === 'rows') {
          for (const r of t.dataRows) if (r.explicitId && !rows.has(r.id)) rows.set(r.id, { table: t, row: r });
        }
      }
      this.forms.set(def.name, { def, tables: members, rows, years });
    }
    if (requirementSet?.finance) this.indexRequirementSet(requirementSet);
  }

  row(table: Table, id: string): DataRow | undefined {
    return rowOf(table, id);
  }

  column(table: Table, id: string): Column | undefined {
    return byId(COLUMNS, table, table.columns).get(id);
  }

  /** The column of `table` for the same period as `like`: by year when both have one, else by id. */
  columnLike(table: Table, like: Column): Column | undefined {
    if (like.year !== undefined) {
      const byYear = table.columns.filter((c) => c.year === like.year);
      if (byYear.length === 1) return byYear[0];
      const sameId = byYear.find((c) => c.id === like.id);
      if (sameId) return sameId;
    }
    return this.column(table, like.id);
  }

  columnForYear(table: Table, year: number): Column | undefined {
    return table.columns.find((c) => c.year === year);
  }

  cell(table: Table, row: DataRow, column: Column): Cell {
    let byRow = CELLS.get(table);
    if (!byRow) {
      byRow = new WeakMap();
      CELLS.set(table, byRow);
    }
    let byColumn = byRow.get(row);
    if (!byColumn) {
      byColumn = new Map();
      byRow.set(row, byColumn);
    }
    let c = byColumn.get(column);
    if (!c) {
      c = makeCell(table, row, column);
      byColumn.set(column, c);
    }
    return c;
  }

  private indexRequirementSet(rs: RequirementSet): void {
    const f = rs.finance!;
    const fact = (key: string, value: R.Rational | undefined, unit: Unit, decimals: number | undefined, label: string) => {
      if (!value) return;
      const interval = decimals === undefined ? I.scale(I.point(value), unitScale(unit)) : declaredInterval(value, decimals, unit, 'närmaste');
      this.rbFacts.set(key, { interval, label });
    };
    fact('låneram', f.loanLimit?.value, f.unit, f.decimals, 'låneram');
    fact('räntekontokredit', f.accountCredit?.value, f.unit, f.decimals, 'räntekontokredit');
    for (const p of f.posts.values()) {
      fact(`anslag.${p.id}.belopp`, p.amount, f.unit, f.decimals, `${p.beteckning ?? p.id} belopp`);
      fact(`anslag.${p.id}.anslagskredit`, p.credit, f.unit, f.decimals, `${p.beteckning ?? p.id} anslagskredit`);
    }
    for (const t of f.incomeTitles.values()) fact(`inkomsttitel.${t.id}.beräknat`, t.estimate, f.unit, f.decimals, `inkomsttitel ${t.nummer ?? t.id}`);
    for (const r of f.feeRows.values()) {
      for (const c of FEE_COLUMNS) fact(`avgift.${r.id}.${c}`, r.values.get(c), f.feeUnit, f.feeDecimals, `${r.id} ${c}`);
    }
  }
}
