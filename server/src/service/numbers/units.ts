// The units a figure can carry and the factor that brings each to its base unit (kr for money,
// a fraction for percent), so that formulas may mix tkr and mnkr and a result in % is a share.
import { rat } from './rational';
import type { Rational } from './rational';

const UNITS = [
  'kr', 'tkr', 'mnkr', 'mdkr', '%', 'antal', 'st', 'index', 'poäng', 'timmar', 'dagar', 'kg', 'ton',
  'årsarbetskrafter', 'år', 'text',
] as const;
export type Unit = (typeof UNITS)[number];

const SCALE: Partial<Record<Unit, Rational>> = {
  tkr: rat(1000n),
  mnkr: rat(1000000n),
  mdkr: rat(1000000000n),
  '%': rat(1n, 100n),
};

export function isUnit(text: unknown): text is Unit {
  return typeof text === 'string' && (UNITS as readonly string[]).includes(text);
}

/** Factor from `unit` to its base unit. Units without a scale (antal, index, …) are their own base. */
export function unitScale(unit: Unit | undefined): Rational {
  return (unit && SCALE[unit]) ?? rat(1n);
}

export function isMoney(unit: Unit | undefined): boolean {
  return unit === 'kr' || unit === 'tkr' || unit === 'mnkr' || unit === 'mdkr';
}
