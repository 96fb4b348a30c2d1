// Exact rational numbers on BigInt, so that interval endpoints never suffer binary rounding.

/** A fraction n/d in lowest terms with d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function rat(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const ZERO = rat(0n);
export const ONE = rat(1n);

export function fromInt(value: number): Rational {
  return rat(BigInt(value));
}

/** Parses a plain decimal such as "-1574.60" or "3"; returns undefined for anything else. */
export function fromDecimal(text: string): Rational | undefined {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const digits = m[2] + (m[3] ?? '');
  let scale = (m[3] ?? '').length - Number(m[4] ?? '0');
  let n = BigInt(digits);
  if (m[1] === '-') n = -n;
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return rat(n, 10n ** BigInt(scale));
}

/** 10 to the power `e` (which may be negative). */
export function pow10(e: number): Rational {
  return e >= 0 ? rat(10n ** BigInt(e)) : rat(1n, 10n ** BigInt(-e));
}

// Sums of figures share a power-of-ten denominator; adding them needs no reduction, which is where most
// of the arithmetic goes. Comparisons are exact whatever the representation.
export const add = (a: Rational, b: Rational): Rational => (a.d === b.d ? { n: a.n + b.n, d: a.d } : rat(a.n * b.d + b.n * a.d, a.d * b.d));
export const sub = (a: Rational, b: Rational): Rational => (a.d === b.d ? { n: a.n - b.n, d: a.d } : rat(a.n * b.d - b.n * a.d, a.d * b.d));
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });

export function div(a: Rational, b: Rational): Rational {
  return rat(a.n * b.d, a.d * b.n);
}

export function cmp(a: Rational, b: Rational): number {
  if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);

function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** The largest multiple of 10^-decimals that is <= a. */
export function floorTo(a: Rational, decimals: number): Rational {
  const s = pow10(decimals);
  const scaled = mul(a, s);
  return div(rat(floorDiv(scaled.n, scaled.d)), s);
}

/** The smallest multiple of 10^-decimals that is >= a. */
export function ceilTo(a: Rational, decimals: number): Rational {
  return neg(floorTo(neg(a), decimals));
}

/** Rounds half away from zero to a multiple of 10^-decimals. */
export function roundTo(a: Rational, decimals: number): Rational {
  const half = rat(1n, 2n * 10n ** BigInt(Math.max(decimals, 0)));
  const halfStep = decimals >= 0 ? half : mul(rat(1n, 2n), pow10(-decimals));
  return a.n >= 0n ? floorTo(add(a, halfStep), decimals) : neg(floorTo(add(neg(a), halfStep), decimals));
}

export function toNumber(a: Rational): number {
  return Number(a.n) / Number(a.d);
}

/** Plain decimal text with exactly `decimals` digits after the point (rounded half away from zero). */
export function toFixed(a: Rational, decimals: number): string {
  const r = roundTo(a, decimals);
  const scaled = mul(r, pow10(decimals));
  let digits = (scaled.n < 0n ? -scaled.n : scaled.n).toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, '0');
    digits = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  }
  return (scaled.n < 0n ? '-' : '') + digits;
}
