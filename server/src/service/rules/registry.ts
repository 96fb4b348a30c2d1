// Every rule code regbrev reports, with its default severity and a short title. Codes are stable:
// they appear in suppression comments, settings and CI configurations, and each has docs/rules/<code>.md.
import type { Message, Severity } from '../problems';

export interface RuleInfo {
  readonly code: string;
  readonly severity: Severity;
  readonly title: Message;
  /**
   * 'status' for findings that report how the report stands (an indicator reached, the coverage) rather
   * than something to fix: an editor shows them in its requirements view instead of its problems list.
   */
  readonly kind: 'check' | 'status';
}

const rule = (code: string, severity: Severity, sv: string, en: string, kind: RuleInfo['kind'] = 'check'): RuleInfo => ({ code, severity, title: { sv, en }, kind });

export const RULES = [
  rule('yaml-syntax', 'error', 'YAML-syntaxfel', 'YAML syntax error'),
  rule('yaml-duplicate-key', 'error', 'Dubblerad nyckel', 'Duplicate key'),
  rule('schema', 'error', 'Bryter mot schemat', 'Schema violation'),
  rule('file-too-large', 'error', 'Filen är för stor för att kontrolleras', 'File too large to check'),
  rule('missing-file', 'error', 'Filen saknas', 'Missing file'),
  rule('invalid-path', 'error', 'Sökvägen pekar utanför rapporten', 'Path points outside the report'),
  rule('unlisted-chapter', 'warning', 'Kapitelfilen ingår inte i årsredovisningen', 'Chapter file not listed in the report'),
  rule('unknown-reference', 'error', 'Okänd referens', 'Unknown reference'),
  rule('duplicate-id', 'error', 'Dubblerat id', 'Duplicate id'),
  rule('formula-syntax', 'error', 'Syntaxfel i formel', 'Formula syntax error'),
  rule('formula-error', 'error', 'Formeln kan inte beräknas', 'Formula cannot be evaluated'),
  rule('calc-undefined', 'warning', 'Beräkningen är odefinierad', 'Calculation undefined'),
  rule('calc-inconsistent', 'error', 'Siffran stämmer inte med formeln', 'Figure does not match its formula'),
  rule('form-inconsistent', 'error', 'Siffran bryter mot uppställningsformen', 'Figure breaks an identity of the standard form'),
  rule('excess-digits', 'warning', 'Fler decimaler än tabellen anger', 'More digits than the declared decimals'),
  rule('coverage', 'error', 'Återrapporteringskravet besvaras inte', 'Requirement not answered'),
  rule('coverage-summary', 'info', 'Täckning av regleringsbrevets krav', 'Coverage of the letter’s requirements', 'status'),
  rule('answer-outdated', 'warning', 'Svaret avser en äldre lydelse', 'Answer refers to an outdated version'),
  rule('answer-removed', 'warning', 'Svaret avser ett borttaget krav', 'Answer refers to a removed requirement'),
  rule('indicator-outcome-missing', 'error', 'Indikatorn saknar utfall', 'Indicator without outcome'),
  rule('indicator-status', 'info', 'Indikatorns måluppfyllelse', 'Indicator status', 'status'),
  rule('goal-status', 'info', 'Målets uppfyllelse', 'Goal status', 'status'),
  rule('rb-allocation', 'error', 'Beloppet skiljer sig från regleringsbrevet', 'Amount differs from the letter'),
  rule('rb-carry-over', 'warning', 'Anslagssparandet överstiger vad som får disponeras', 'Carry-over exceeds the allowed share'),
  rule('rb-appropriation-credit', 'error', 'Anslagskrediten överskrids', 'Appropriation credit exceeded'),
  rule('rb-loan-limit', 'error', 'Låneramen överskrids', 'Loan limit exceeded'),
  rule('rb-account-credit', 'error', 'Räntekontokrediten överskrids', 'Interest account credit exceeded'),
  rule('rb-fee-table', 'error', 'Avgiftstabellen följer inte regleringsbrevet', 'Fee table does not follow the letter'),
  rule('rb-appropriation-name', 'warning', 'Anslaget benämns inte som i regleringsbrevet', 'Appropriation not named as in the letter'),
  rule('fab-deadline', 'error', 'Årsredovisningen lämnas för sent', 'Report submitted too late'),
  rule('fab-parts', 'error', 'En obligatorisk del saknas', 'A required part is missing'),
  rule('fab-signatures', 'error', 'Ledningen har inte skrivit under', 'Leadership signatures incomplete'),
] as const satisfies readonly RuleInfo[];

export type RuleCode = (typeof RULES)[number]['code'];

const BY_CODE = new Map<string, RuleInfo>(RULES.map((r) => [r.code, r]));

export function ruleInfo(code: string): RuleInfo | undefined {
  return BY_CODE.get(code);
}

/** True for the codes of status findings (see `RuleInfo.kind`). */
export function isStatusCode(code: string): boolean {
  return BY_CODE.get(code)?.kind === 'status';
}

export function isRuleCode(code: string): code is RuleCode {
  return BY_CODE.has(code);
}
