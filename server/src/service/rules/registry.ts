// Every rule code regbrev reports, with its default severity and a short title, as the rule units declare
// them (rules/all.ts). Codes are stable: they appear in suppression comments, settings and CI
// configurations, and each has docs/rules/<code>.md.
import type { Fix } from '../features/fixes/types';
import type { Message, Severity } from '../problems';
import { RULE_UNITS } from './all';
import type { RuleUnit } from './unit';

export interface RuleInfo {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly title: Message;
  readonly summary: string;
  /** See `CodeInfo.kind`. */
  readonly kind: 'check' | 'status';
  /** The unit that reports the code. */
  readonly unit: string;
}

/** The codes of the units: read from their `codes` alone, as the rest of a unit's type names codes too. */
export type RuleCode = CodesOf<(typeof RULE_UNITS)[number]>;
type CodesOf<U> = U extends { readonly codes: infer K } ? keyof K & string : never;

export const RULES: readonly RuleInfo[] = RULE_UNITS.flatMap((u: RuleUnit) =>
  Object.entries(u.codes).map(([code, info]) => ({ code: code as RuleCode, severity: info.severity, title: info.title, summary: info.summary, kind: info.kind ?? 'check', unit: u.name })),
);

const BY_CODE = new Map<string, RuleInfo>(RULES.map((r) => [r.code, r]));
const FIXES = new Map<string, Fix>(RULE_UNITS.flatMap((u: RuleUnit) => Object.entries(u.fixes ?? {}).flatMap(([code, fix]) => (fix ? [[code, fix] as const] : []))));

/** True for the codes of status findings (see `CodeInfo.kind`). */
export function isStatusCode(code: string): boolean {
  return BY_CODE.get(code)?.kind === 'status';
}

export function isRuleCode(code: string): code is RuleCode {
  return BY_CODE.has(code);
}

/** The fix a code's rule offers for its findings, if any. */
export function fixFor(code: string): Fix | undefined {
  return FIXES.get(code);
}
