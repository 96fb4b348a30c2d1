// Writes the figures that a text names (`{T8.totalt.år2023}`, model/proseRefs.ts) as their tables print
// them, in Swedish format, before the text is rendered; a reference that names no cell is left as written
// (the references rule reports it), so that nothing the author wrote disappears.
import type { ProjectAnalysis } from '../analyze';
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import { unitScale } from '../numbers/units';
import { proseClaims, proseRefs } from '../model/proseRefs';
import type { ProseRef } from '../model/proseRefs';
import { formatNumber } from '../tables/format';
import { proseTarget } from '../tables/proseTarget';
import { typographic } from './table';

/** The figure a reference names, as printed, or undefined when it names no cell with a figure. */
function proseFigure(pa: ProjectAnalysis, ref: ProseRef): string | undefined {
  const target = proseTarget(pa.index, ref);
  if (!('cell' in target)) return undefined;
  const { cell } = target;
  const lit = cell.source?.literal;
  const sameUnit = ref.unit === undefined || ref.unit === cell.unit;
  let text: string;
  if (lit?.kind === 'number' && sameUnit && ref.decimals === undefined) {
    text = formatNumber(lit.value, Math.max(cell.decimals, lit.literalDecimals), 'sv');
  } else {
    const v = pa.engine.valueOf(cell);
    if (v.kind !== 'number') return undefined;
    const unit = ref.unit ?? cell.unit;
    const decimals = ref.decimals ?? (sameUnit ? cell.decimals : 1);
    text = formatNumber(R.roundTo(R.div(I.midpoint(v.interval), unitScale(unit)), decimals), decimals, 'sv');
  }
  // The report's minus is the true minus sign, as its tables print it; `abs` leaves the sign to the words.
  return ref.abs ? text.replace(/^-/, '') : typographic(text);
}

/**
 * The text with every reference that names a figure replaced by that figure, and every claim
 * (`{48 685 = …}`) by the figure it states, as the report prints it.
 */
export function withProseFigures(pa: ProjectAnalysis, text: string | undefined): string | undefined {
  const pieces = [
    ...proseRefs(text).map((ref) => ({ start: ref.start, end: ref.end, figure: proseFigure(pa, ref) ?? ref.text })),
    ...proseClaims(text).map((c) => ({ start: c.start, end: c.end, figure: typographic(c.figure.replace(/ /g, '\u00a0')) })),
  ].sort((a, b) => a.start - b.start);
  if (!text || pieces.length === 0) return text;
  let out = '';
  let at = 0;
  for (const p of pieces) {
    out += text.slice(at, p.start) + p.figure;
    at = p.end;
  }
  return out + text.slice(at);
}
