// The chart a table declares (`diagram:`): one series per named row over the table's year columns, the
// earliest year first. What makes a declaration unusable is returned as data, so that the checker reports
// it where the author wrote it and the renderer leaves the chart out for the same reasons.
import type { ChartType, Column, DataRow, Origin, Table } from '../model/types';
import type { Message } from '../problems';
import type { Unit } from '../numbers/units';
import { closestName } from '../text/distance';
import type { Engine } from '../tables/engine';
import type { TableIndex } from '../tables/resolve';
import { cellValue } from './values';
import type { ChartValue } from './values';

interface ChartSeries {
  readonly name: string;
  /** One value per year of the chart; undefined where the cell is empty or text. */
  readonly values: readonly (ChartValue | undefined)[];
}

export interface TableChart {
  readonly table: Table;
  readonly type: ChartType;
  readonly title: string;
  readonly years: readonly number[];
  readonly unit?: Unit;
  readonly series: readonly ChartSeries[];
}

interface ChartIssue {
  readonly code: 'unknown-reference' | 'schema';
  readonly origin: Origin;
  /** Whether the finding stands on the key (`diagram:`) or on the value. */
  readonly target: 'key' | 'value';
  readonly message: Message;
}

export interface DeclaredChart {
  /** Undefined when the declaration cannot be drawn (see `issues`). */
  readonly chart?: TableChart;
  readonly issues: readonly ChartIssue[];
}

/** The table's columns with a year, earliest first; columns of one year keep their order. */
function yearColumns(table: Table): Column[] {
  return table.columns.filter((c) => c.year !== undefined).sort((a, b) => a.year! - b.year! || a.index - b.index);
}

/**
 * Legend names: a row's heading, qualified by its group's heading (or its id) when two rows of the chart
 * share a heading, as the ack rows of a forecast table all read "Totalt".
 */
function seriesNames(table: Table, rows: readonly DataRow[]): string[] {
  const plain = rows.map((r) => r.rubrik ?? r.id);
  const groupHeading = (r: DataRow) => {
    const headings = table.rows.filter((x) => x.kind === 'heading');
    return r.group > 0 ? headings[r.group - 1]?.text || undefined : undefined;
  };
  return rows.map((r, i) => (plain.filter((n) => n === plain[i]).length > 1 ? `${plain[i]} (${groupHeading(r) ?? r.id})` : plain[i]));
}

export function declaredChart(table: Table, index: TableIndex, engine: Engine): DeclaredChart {
  const decl = table.chart;
  if (!decl) return { issues: [] };
  const issues: ChartIssue[] = [];
  const named = new Map(table.dataRows.filter((r) => r.explicitId).map((r) => [r.id, r] as const));
  const rows: DataRow[] = [];
  const seen = new Set<string>();
  for (const ref of decl.rows) {
    const row = named.get(ref.id);
    if (!row) {
      const hint = closestName(ref.id, named.keys());
      issues.push({
        code: 'unknown-reference', origin: ref.origin, target: 'value',
        message: {
          sv: `Tabellen ${table.id} har ingen rad ”${ref.id}”.${hint ? ` Menade du ”${hint}”?` : ''}`,
          en: `Table ${table.id} has no row "${ref.id}".${hint ? ` Did you mean "${hint}"?` : ''}`,
        },
      });
    } else if (!seen.has(row.id)) {
      // A repeated id is a schema finding (uniqueItems); the row is drawn once.
      seen.add(row.id);
      rows.push(row);
    }
  }
  const columns = yearColumns(table);
  let drawable = decl.type !== undefined && rows.length > 0;
  if (columns.length === 0) {
    drawable = false;
    issues.push({
      code: 'schema', origin: decl.origin, target: 'key',
      message: {
        sv: `Diagrammet ritas över tabellens kolumner med år, men tabellen ${table.id} har ingen kolumn med år.`,
        en: `The chart is drawn over the table's columns with år, but table ${table.id} has no column with år.`,
      },
    });
  }
  const twice = columns.find((c, i) => i > 0 && columns[i - 1].year === c.year);
  if (twice) {
    drawable = false;
    const same = columns.filter((c) => c.year === twice.year).map((c) => c.id).join(', ');
    issues.push({
      code: 'schema', origin: decl.origin, target: 'key',
      message: {
        sv: `Tabellen ${table.id} har flera kolumner för år ${twice.year} (${same}); diagrammet behöver en kolumn per år.`,
        en: `Table ${table.id} has several columns for the year ${twice.year} (${same}); the chart needs one column per year.`,
      },
    });
  }
  // One chart has one scale: every cell it draws must be in the same unit. Two columns of one year usually
  // differ in unit (a count beside a share); that is reported once, as the year, above.
  const unitOf = (r: DataRow) => columns.map((c) => index.cell(table, r, c).unit);
  const unit = rows.length > 0 && columns.length > 0 ? unitOf(rows[0])[0] : undefined;
  const show = (u: Unit | undefined, lang: 'sv' | 'en') => u ?? (lang === 'sv' ? 'ingen enhet' : 'no unit');
  for (const [i, row] of (twice ? [] : rows).entries()) {
    const units = unitOf(row);
    const other = units.find((u) => u !== unit);
    if (units.every((u) => u === unit)) continue;
    drawable = false;
    const ref = decl.rows.find((r) => r.id === row.id)!;
    issues.push({
      code: 'schema', origin: ref.origin, target: 'value',
      message: i === 0
        ? {
          sv: `Raden ”${row.id}” har olika enheter i olika år (${show(unit, 'sv')}, ${show(other, 'sv')}); ett diagram har en skala.`,
          en: `The row "${row.id}" has different units in different years (${show(unit, 'en')}, ${show(other, 'en')}); a chart has one scale.`,
        }
        : {
          sv: `Raden ”${row.id}” har enheten ${show(other, 'sv')} men diagrammets första rad ${show(unit, 'sv')}; ett diagram har en skala.`,
          en: `The row "${row.id}" is in ${show(other, 'en')} but the chart's first row in ${show(unit, 'en')}; a chart has one scale.`,
        },
    });
    break;
  }
  if (!drawable || !decl.type) return { issues };
  const names = seriesNames(table, rows);
  const series = rows.map((row, i) => ({ name: names[i], values: columns.map((c) => cellValue(engine, index.cell(table, row, c), unit)) }));
  return {
    chart: {
      table,
      type: decl.type,
      title: decl.rubrik ?? table.rubrik ?? table.id,
      years: columns.map((c) => c.year!),
      unit,
      series,
    },
    issues,
  };
}
