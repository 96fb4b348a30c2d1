// The charts of a rendered report and where they stand: a table's declared chart right after the table,
// an indicator's chart after the tables of the section that reports its outcome. Ids are handed out once,
// in report order, so that the same report gives the same ids. Never throws: a chart that cannot be drawn
// becomes a short notice, and the rest of the report is printed as usual.
import type { ProjectAnalysis } from '../../analyze';
import { declaredChart } from '../../charts/declared';
import type { TableChart } from '../../charts/declared';
import { indicatorCharts } from '../../charts/indicators';
import type { IndicatorChart } from '../../charts/indicators';
import type { Section, Table } from '../../model/types';
import { escapeHtml, IdRegistry } from '../escape';
import type { Labels } from '../labels';
import { indicatorFigure, tableChartFigure } from './figure';

export interface ChartIndex {
  /** The chart a table declares, or ''. */
  afterTable(table: Table): string;
  /** The indicator charts that stand in a section, after its tables, or ''. */
  forSection(section: Section): string;
}

function notice(l: Labels, what: string): string {
  return `<p class="render-error"${l.langAttr}>${escapeHtml(`${l.chart.error}: ${what}`)}</p>`;
}

function safely(l: Labels, what: string, render: () => string): string {
  try {
    return render();
  } catch {
    return notice(l, what);
  }
}

export function buildChartIndex(pa: ProjectAnalysis, l: Labels): ChartIndex {
  const ids = new IdRegistry();
  const tables = new Map<Table, { chart?: TableChart; id: string; failed?: boolean }>();
  for (const t of pa.project.tables) {
    if (!t.chart) continue;
    const id = ids.take('diagram', t.id);
    try {
      tables.set(t, { chart: declaredChart(t, pa.index, pa.engine).chart, id });
    } catch {
      tables.set(t, { id, failed: true });
    }
  }
  const bySection = new Map<Section, { chart: IndicatorChart; id: string }[]>();
  let indicatorsFailed = false;
  try {
    for (const chart of indicatorCharts(pa.project, pa.engine, pa.outcomes)) {
      const list = bySection.get(chart.section) ?? [];
      list.push({ chart, id: ids.take('diagram', chart.indicator.id) });
      bySection.set(chart.section, list);
    }
  } catch {
    indicatorsFailed = true;
  }
  return {
    afterTable(table) {
      const entry = tables.get(table);
      if (!entry) return '';
      if (entry.failed) return notice(l, table.id);
      // A declaration that cannot be drawn is reported by the checker; the report leaves it out.
      const chart = entry.chart;
      return chart ? safely(l, table.id, () => tableChartFigure(chart, entry.id, l)) : '';
    },
    forSection(section) {
      if (indicatorsFailed) return section.indicatorOutcomes.length > 0 ? notice(l, section.nummer ?? section.rubrik ?? '') : '';
      // In the order the section reports the outcomes, then those placed here through a linked table.
      const order = section.indicatorOutcomes.map((o) => o.target);
      const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
      const list = [...(bySection.get(section) ?? [])].sort((a, b) => rank(a.chart.indicator.id) - rank(b.chart.indicator.id));
      return list.map((e) => safely(l, e.chart.indicator.id, () => indicatorFigure(e.chart, e.id, l))).join('\n');
    },
  };
}
