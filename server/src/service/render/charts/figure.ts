// A chart as the report prints it: a <figure> with a "Diagram: …" caption, the SVG with a text
// alternative that states every value, and for an indicator a sentence saying whether the target is
// reached. Figures are in Swedish format, as in the tables, whatever language the renderer's words are in.
import type { TableChart } from '../../charts/declared';
import type { IndicatorChart } from '../../charts/indicators';
import type { ChartValue } from '../../charts/values';
import * as R from '../../numbers/rational';
import type { Unit } from '../../numbers/units';
import { formatNumber } from '../../tables/format';
import { escapeAttr, escapeHtml } from '../escape';
import { ownWords } from '../labels';
import type { Labels } from '../labels';
import { typographic } from '../table';
import { chartSvg } from './svg';

/** A chart value as the tables print it: "1 574,6", "−38". */
function valueText(v: ChartValue): string {
  return typographic(formatNumber(v.exact, v.decimals, 'sv'));
}

/** A value with its unit where the unit says something: "79 %", "3,7 mnkr", but "53" for an index. */
function withUnit(text: string, unit: Unit | undefined): string {
  return unit && !['antal', 'st', 'index', 'text'].includes(unit) ? `${text}\u00a0${unit}` : text;
}

function tick(value: number, decimals: number): string {
  const exact = R.fromDecimal(value.toFixed(decimals)) ?? R.ZERO;
  return typographic(formatNumber(exact, decimals, 'sv'));
}

const span = (years: readonly number[]) => (years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? ''));

const toNumber = (v: ChartValue | undefined) => (v ? R.toNumber(v.exact) : undefined);

/** A figure; `caption` is markup, so that the renderer's words in it can carry their language. */
function figure(id: string, classes: string, data: string, caption: string, l: Labels, svg: string, after = ''): string {
  return [
    `<figure class="${classes}" id="${escapeAttr(id)}"${data}>`,
    `<figcaption><span class="caption-label"${l.langAttr}>${escapeHtml(l.chart.caption)}</span> ${caption}</figcaption>`,
    svg,
    after,
    '</figure>',
  ].filter(Boolean).join('\n');
}

/** The chart a table declares, printed right after the table. */
export function tableChartFigure(chart: TableChart, id: string, l: Labels): string {
  const c = l.chart;
  const kind = c.kind[chart.type];
  const lines = chart.series.map((s) => `${s.name}: ${s.values.map((v, i) => `${chart.years[i]} ${v ? valueText(v) : c.noValue}`).join('; ')}.`);
  const desc = [c.overview(kind, chart.unit, span(chart.years)), ...lines].join(' ');
  const svg = chartSvg({
    id,
    kind: chart.type,
    categories: chart.years.map(String),
    series: chart.series.map((s) => ({ name: s.name, values: s.values.map(toNumber), labels: s.values.map((v) => v && valueText(v)) })),
    unit: chart.unit,
    title: chart.title,
    desc,
    formatTick: tick,
    lang: l.langAttr ? 'en' : undefined,
  });
  return figure(id, `chart chart-${chart.type}`, ` data-table="${escapeAttr(chart.table.id)}"`, escapeHtml(chart.title), l, svg);
}

/** An indicator's outcome per year as bars against its target as a dashed marker. */
export function indicatorFigure(chart: IndicatorChart, id: string, l: Labels): string {
  const c = l.chart;
  const ind = chart.indicator;
  const name = ind.namn ?? ind.id;
  const title = `${name}${c.indicatorSuffix}`;
  const shown = (v: ChartValue | undefined) => (v ? withUnit(valueText(v), ind.unit) : undefined);
  const years = chart.years.map((y, i) => {
    const o = chart.outcomes[i];
    const verdict = chart.verdicts[i];
    return c.indicatorYear(y, shown(o), o?.forecast ?? false, shown(chart.targets[i]), verdict && c.verdicts[verdict]);
  });
  const direction = c.direction[ind.direction ?? 'högre'];
  const desc = [c.overview(c.kind.stapel, ind.unit, span(chart.years)), c.encoding, `${years.join('. ')}.`, direction].join(' ');
  const status = chart.years.flatMap((y, i) => {
    const v = chart.verdicts[i];
    const o = shown(chart.outcomes[i]);
    const t = shown(chart.targets[i]);
    return v && o && t ? [c.status(y, o, t, v)] : [];
  });
  const svg = chartSvg({
    id,
    kind: 'stapel',
    categories: chart.years.map(String),
    series: [{
      name: c.outcome,
      values: chart.outcomes.map(toNumber),
      labels: chart.outcomes.map((v) => v && valueText(v)),
      forecast: chart.outcomes.map((v) => v?.forecast ?? false),
    }],
    target: { name: c.target, values: chart.targets.map(toNumber), labels: chart.targets.map((v) => v && valueText(v)) },
    forecastName: c.forecast,
    unit: ind.unit,
    title,
    desc,
    formatTick: tick,
    lang: l.langAttr ? 'en' : undefined,
    // An indicator has few years; a narrower, lower chart keeps one bar from filling a page's width.
    width: Math.min(640, 280 + 90 * chart.years.length),
    plotHeight: 180,
  });
  const after = status.length > 0 ? `<p class="chart-status"${l.langAttr}>${escapeHtml([...status, direction].join(' '))}</p>` : '';
  // A chart of one or two years is narrow enough to stand beside another, as the stylesheet lets it.
  const classes = chart.years.length <= 2 ? 'chart chart-indicator chart-narrow' : 'chart chart-indicator';
  const caption = `${escapeHtml(name)}${ownWords(l, escapeHtml(c.indicatorSuffix))}`;
  return figure(id, classes, ` data-indikator="${escapeAttr(ind.id)}"`, caption, l, svg, after);
}
