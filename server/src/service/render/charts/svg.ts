// Static SVG for the report's charts: bars or lines over years, an optional target drawn as a dashed
// marker, a y axis with nice ticks, and a legend. d3-scale does the arithmetic (band layout, nice
// domains, ticks); the elements are written here, so the output has no script, no style attribute and no
// style element (the preview's Content-Security-Policy allows styles from its own stylesheet only), and it
// is the same bytes for the same input. Series are told apart by grey levels, hatching, dash patterns and
// marker shapes, never by colour alone, so that the chart reads in black-and-white print.
import { scaleBand, scaleLinear } from 'd3-scale';
import { escapeAttr, escapeHtml } from '../escape';

interface SvgSeries {
  readonly name: string;
  /** One value per category; undefined leaves a gap. */
  readonly values: readonly (number | undefined)[];
  /** The printed value of each point, in Swedish format. */
  readonly labels: readonly (string | undefined)[];
  /** Points that are forecasts, drawn hatched. */
  readonly forecast?: readonly boolean[];
}

export interface SvgChartSpec {
  /** A prefix for the ids inside the SVG, unique in the document. */
  readonly id: string;
  readonly kind: 'stapel' | 'linje';
  readonly categories: readonly string[];
  readonly series: readonly SvgSeries[];
  /** A target per category, drawn as a dashed marker across the category. */
  readonly target?: SvgSeries;
  /** The legend entry of hatched forecast bars, when any bar is one. */
  readonly forecastName?: string;
  /** The unit, printed above the y axis. */
  readonly unit?: string;
  readonly title: string;
  readonly desc: string;
  /** Prints an axis tick with the given number of decimals. */
  readonly formatTick: (value: number, decimals: number) => string;
  /** The width in SVG units (640 unless given); the page shrinks a chart to its column, never enlarges it. */
  readonly width?: number;
  /** The height of the plot area in SVG units (220 unless given). */
  readonly plotHeight?: number;
  /**
   * The language of the title and description when it is not the page's: they are sentences in the
   * renderer's words around the source's names ("Bar chart, mnkr, 2021–2023. …").
   */
  readonly lang?: 'en';
}

const WIDTH = 640;
const PLOT_HEIGHT = 220;
const FONT = 12;
const SMALL = 11;
const INK = '#1b1b1b';
const FONT_FAMILY = 'Arial, Liberation Sans, Helvetica, sans-serif';

/** Fills of bar series in order: solid grey levels alternating with patterns, all with a dark outline. */
const BAR_FILLS = ['#4d4d4d', 'hatch', '#b3b3b3', 'dots', 'cross', '#ffffff'] as const;
/** Dash patterns and markers of line series in order. */
const LINE_DASHES = ['', '7 4', '2 3', '9 3 2 3', '4 2', '12 4'] as const;
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'circle-open', 'square-open'] as const;

/** A coordinate with one decimal, without "-0", so that output is short and stable. */
function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return String(r === 0 ? 0 : r);
}

/** A rough width of a text in Arial: digits and most letters are about 0.56 em. */
function textWidth(text: string, size: number): number {
  return [...text].reduce((w, c) => w + (c === ' ' || c === '\u00a0' || c === ',' || c === '.' ? 0.28 : /[A-ZÅÄÖmw]/.test(c) ? 0.72 : 0.56), 0) * size;
}

function text(x: number, y: number, content: string, attrs: string, size = FONT): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}"${attrs}>${escapeHtml(content)}</text>`;
}

const PATTERNS: Readonly<Record<string, string>> = {
  hatch: `width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${INK}" stroke-width="2.2"/>`,
  dots: `width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1.1" fill="${INK}"/>`,
  cross: `width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${INK}" stroke-width="1"/><line x1="0" y1="0" x2="6" y2="0" stroke="${INK}" stroke-width="1"/>`,
};

/** The patterns a chart's markup refers to (`url(#<id>-<name>)`), and only those. */
function patterns(id: string, markup: string): string {
  const used = Object.keys(PATTERNS).filter((name) => markup.includes(`url(#${id}-${name})`));
  return used.length > 0 ? `<defs>${used.map((name) => `<pattern id="${id}-${name}" ${PATTERNS[name]}</pattern>`).join('')}</defs>` : '';
}

function barFill(id: string, i: number): string {
  const f = BAR_FILLS[i % BAR_FILLS.length];
  return f.startsWith('#') ? f : `url(#${id}-${f})`;
}

function marker(kind: (typeof MARKERS)[number], x: number, y: number): string {
  const open = kind.endsWith('-open');
  const paint = open ? `fill="#ffffff" stroke="${INK}" stroke-width="1.5"` : `fill="${INK}"`;
  switch (kind) {
    case 'square':
    case 'square-open':
      return `<rect x="${n(x - 3.5)}" y="${n(y - 3.5)}" width="7" height="7" ${paint}/>`;
    case 'triangle':
      return `<path d="M${n(x)},${n(y - 4.5)}L${n(x + 4.5)},${n(y + 3.5)}L${n(x - 4.5)},${n(y + 3.5)}Z" ${paint}/>`;
    case 'diamond':
      return `<path d="M${n(x)},${n(y - 5)}L${n(x + 5)},${n(y)}L${n(x)},${n(y + 5)}L${n(x - 5)},${n(y)}Z" ${paint}/>`;
    default:
      return `<circle cx="${n(x)}" cy="${n(y)}" r="4" ${paint}/>`;
  }
}

/** A target marker: a white halo under a black dashed line, so that it shows over a dark bar too. */
function targetLine(x1: number, x2: number, y: number): string {
  const d = `x1="${n(x1)}" y1="${n(y)}" x2="${n(x2)}" y2="${n(y)}"`;
  return `<line ${d} stroke="#ffffff" stroke-width="5"/><line class="chart-target" ${d} stroke="${INK}" stroke-width="2.5" stroke-dasharray="7 4"/>`;
}

interface LegendEntry {
  readonly name: string;
  readonly swatch: (x: number, y: number) => string;
}

/** The legend under the plot, wrapped into rows; returns the markup and the height it takes. */
function legend(entries: readonly LegendEntry[], left: number, top: number, width: number): { svg: string; height: number } {
  const rowHeight = 18;
  const parts: string[] = [];
  let x = left;
  let y = top;
  for (const e of entries) {
    const w = 28 + textWidth(e.name, SMALL) + 16;
    if (x > left && x + w > width - 8) {
      x = left;
      y += rowHeight;
    }
    parts.push(e.swatch(x, y), text(x + 28, y + 4, e.name, '', SMALL));
    x += w;
  }
  return { svg: `<g class="chart-legend">${parts.join('')}</g>`, height: entries.length > 0 ? y - top + rowHeight : 0 };
}

/**
 * Where a bar's value label goes: inside the end of a dark bar when it is tall enough, else just beyond its
 * end, else in its middle; the first place that keeps clear of the target marker of the same year wins.
 */
function labelPlace(v: number, y0: number, y1: number, dark: boolean, target: number | undefined): { y: number; inside: boolean } {
  const height = Math.abs(y1 - y0);
  const up = v >= 0;
  const candidates = [
    ...(dark && height >= 18 ? [{ y: up ? y1 + 13 : y1 - 5, inside: true }] : []),
    { y: up ? y1 - 4 : y1 + 13, inside: false },
    ...(dark && height >= 32 ? [{ y: (y0 + y1) / 2 + 4, inside: true }] : []),
  ];
  // A label's box runs from 10 units above its baseline to 2 below; the marker's halo is 5 units high.
  const clear = (c: { y: number }) => target === undefined || target < c.y - 13 || target > c.y + 5;
  return candidates.find(clear) ?? candidates[0];
}

function finite(values: readonly (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined && Number.isFinite(v));
}

/** Decimals that tell ticks apart: a step of 0.2 needs one, a step of 5 none. */
function tickDecimals(ticks: readonly number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  return step > 0 && Number.isFinite(step) ? Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9))) : 0;
}

/** Renders a chart as an SVG element. Pure and deterministic; the caller catches what it might throw. */
export function chartSvg(spec: SvgChartSpec): string {
  // Ids go into attributes and url() references unescaped below, so only safe characters are kept.
  const id = spec.id.replace(/[^A-Za-z0-9_-]/g, '-');
  const width = spec.width ?? WIDTH;
  const all = [...spec.series.flatMap((s) => finite(s.values)), ...finite(spec.target?.values ?? [])];
  // Folded rather than spread, so that a table of many thousand cells cannot overflow the call stack.
  const lo = all.reduce((a, b) => Math.min(a, b), 0);
  const hi = all.reduce((a, b) => Math.max(a, b), 0);
  const y = scaleLinear().domain(lo === hi ? [0, 1] : [lo, hi]).nice(5);
  const ticks = y.ticks(5);
  const decimals = tickDecimals(ticks);
  const tickLabels = ticks.map((t) => spec.formatTick(t, decimals));
  const top = spec.unit ? 30 : 14;
  const left = Math.max(36, Math.ceil(Math.max(...tickLabels.map((t) => textWidth(t, SMALL)))) + 14);
  const right = spec.target ? 40 : 14;
  const bottom = top + (spec.plotHeight ?? PLOT_HEIGHT);
  y.range([bottom, top]);

  const body: string[] = [];
  // Grid lines and tick labels first, so that everything else is drawn over them.
  ticks.forEach((t, i) => {
    body.push(`<line class="chart-grid" x1="${n(left)}" y1="${n(y(t))}" x2="${n(width - right)}" y2="${n(y(t))}" stroke="#c9c9c9" stroke-width="0.6"/>`);
    body.push(text(left - 6, y(t) + 4, tickLabels[i], ' text-anchor="end"', SMALL));
  });
  if (spec.unit) body.push(text(left - 6, top - 14, spec.unit, ' text-anchor="start"', SMALL));

  const x = scaleBand<string>().domain(spec.categories).range([left, width - right]).paddingInner(0.3).paddingOuter(0.2);
  const entries: LegendEntry[] = [];
  const valueLabels: string[] = [];
  if (spec.kind === 'stapel') {
    const count = Math.max(1, spec.series.length);
    const group = Math.min(x.bandwidth(), count * 60);
    const inner = scaleBand<number>().domain(spec.series.map((_, i) => i)).range([0, group]).paddingInner(0.1);
    const bars = spec.categories.length * count;
    const targetY = (ci: number) => {
      const t = spec.target?.values[ci];
      return t !== undefined && Number.isFinite(t) ? y(t) : undefined;
    };
    spec.series.forEach((s, si) => {
      const fill = barFill(id, spec.target ? 0 : si);
      spec.categories.forEach((c, ci) => {
        const v = s.values[ci];
        if (v === undefined || !Number.isFinite(v)) return;
        const bx = (x(c) ?? 0) + (x.bandwidth() - group) / 2 + (inner(si) ?? 0);
        const bw = inner.bandwidth();
        const y0 = y(0);
        const y1 = y(v);
        const paint = s.forecast?.[ci] ? `url(#${id}-hatch)` : fill;
        body.push(`<rect class="chart-bar" x="${n(bx)}" y="${n(Math.min(y0, y1))}" width="${n(bw)}" height="${n(Math.abs(y1 - y0))}" fill="${paint}" stroke="${INK}" stroke-width="0.8"/>`);
        const label = s.labels[ci];
        if (!label || bars > 16 || textWidth(label, SMALL) > bw + 8) return;
        const place = labelPlace(v, y0, y1, paint === '#4d4d4d', targetY(ci));
        valueLabels.push(text(bx + bw / 2, place.y, label, ` text-anchor="middle"${place.inside ? ' fill="#ffffff"' : ''}`, SMALL));
      });
      entries.push({ name: s.name, swatch: (lx, ly) => `<rect x="${n(lx)}" y="${n(ly - 6)}" width="20" height="12" fill="${fill}" stroke="${INK}" stroke-width="0.8"/>` });
    });
    if (spec.series.some((s) => s.forecast?.some(Boolean)) && spec.forecastName) {
      entries.push({ name: spec.forecastName, swatch: (lx, ly) => `<rect x="${n(lx)}" y="${n(ly - 6)}" width="20" height="12" fill="url(#${id}-hatch)" stroke="${INK}" stroke-width="0.8"/>` });
    }
    if (spec.target) {
      const t = spec.target;
      spec.categories.forEach((c, ci) => {
        const v = t.values[ci];
        if (v === undefined || !Number.isFinite(v)) return;
        const x1 = (x(c) ?? 0) + (x.bandwidth() - group) / 2 - 8;
        const x2 = x1 + group + 16;
        body.push(targetLine(x1, x2, y(v)));
        const label = t.labels[ci];
        if (label) valueLabels.push(text(x2 + 4, y(v) + 4, label, ' font-style="italic"', SMALL));
      });
      if (finite(t.values).length > 0) entries.push({ name: t.name, swatch: (lx, ly) => targetLine(lx, lx + 22, ly) });
    }
  } else {
    // Points stand at the middle of each year's band, right above its label.
    const px = (c: string) => (x(c) ?? 0) + x.bandwidth() / 2;
    const labelPoints = spec.series.length === 1 && spec.categories.length <= 12;
    spec.series.forEach((s, si) => {
      const dash = LINE_DASHES[si % LINE_DASHES.length];
      const shape = MARKERS[si % MARKERS.length];
      const dashAttr = dash ? ` stroke-dasharray="${dash}"` : '';
      // A gap in the values breaks the line rather than bridging the missing year.
      let d = '';
      let pen = false;
      const marks: string[] = [];
      spec.categories.forEach((c, ci) => {
        const v = s.values[ci];
        if (v === undefined || !Number.isFinite(v)) {
          pen = false;
          return;
        }
        d += `${pen ? 'L' : 'M'}${n(px(c))},${n(y(v))}`;
        pen = true;
        marks.push(marker(shape, px(c), y(v)));
        const label = s.labels[ci];
        if (labelPoints && label) valueLabels.push(text(px(c), y(v) - 9, label, ' text-anchor="middle"', SMALL));
      });
      if (d) body.push(`<path class="chart-line" d="${d}" fill="none" stroke="${INK}" stroke-width="2"${dashAttr}/>`);
      body.push(...marks);
      entries.push({
        name: s.name,
        swatch: (lx, ly) => `<line x1="${n(lx)}" y1="${n(ly)}" x2="${n(lx + 22)}" y2="${n(ly)}" stroke="${INK}" stroke-width="2"${dashAttr}/>${marker(shape, lx + 11, ly)}`,
      });
    });
  }
  // The zero line and the category labels over the bars; value labels last, over everything.
  body.push(`<line class="chart-axis" x1="${n(left)}" y1="${n(y(0))}" x2="${n(width - right)}" y2="${n(y(0))}" stroke="${INK}" stroke-width="1"/>`);
  for (const c of spec.categories) body.push(text((x(c) ?? 0) + x.bandwidth() / 2, bottom + 18, c, ' text-anchor="middle"'));
  body.push(...valueLabels);
  const key = legend(entries, left, bottom + 40, width);
  const height = Math.ceil(bottom + 40 + key.height);
  const drawing = [...body, key.svg].join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`
      + ` role="img" aria-labelledby="${escapeAttr(`${id}-title ${id}-desc`)}"${spec.lang ? ` lang="${spec.lang}"` : ''} font-family="${FONT_FAMILY}" font-size="${FONT}" fill="${INK}">`,
    `<title id="${escapeAttr(`${id}-title`)}">${escapeHtml(spec.title)}</title>`,
    `<desc id="${escapeAttr(`${id}-desc`)}">${escapeHtml(spec.desc)}</desc>`,
    patterns(id, drawing),
    drawing,
    '</svg>',
  ].filter(Boolean).join('\n');
}
