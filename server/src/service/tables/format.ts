// Swedish number formatting for messages, hovers and the rendered report: space as thousands
// separator, comma as decimal mark.
import * as R from '../numbers/rational';
import type { Rational } from '../numbers/rational';
import type { Interval } from '../numbers/interval';
import type { Language } from '../problems';

export function formatNumber(value: Rational, decimals: number, language: Language = 'sv'): string {
  const fixed = R.toFixed(value, Math.max(decimals, 0));
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.');
  // Both languages group thousands with a no-break space (SI style), so that the English comma stays free
  // to separate interval bounds.
  const sep = '\u00a0';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const point = language === 'sv' ? ',' : '.';
  const body = frac !== undefined ? `${grouped}${point}${frac}` : grouped;
  // A figure that rounds to zero is printed without a sign.
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** An interval with outward rounding, so that the printed bounds still contain the exact ones. */
export function formatInterval(interval: Interval, decimals: number, language: Language = 'sv'): string {
  const lo = formatNumber(R.floorTo(interval.lo, decimals), decimals, language);
  const hi = formatNumber(R.ceilTo(interval.hi, decimals), decimals, language);
  return language === 'sv' ? `[${lo}; ${hi}]` : `[${lo}, ${hi}]`;
}
