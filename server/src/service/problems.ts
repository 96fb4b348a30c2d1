// The one internal problem type. Offsets are into the file's text; the LSP layer and the CLI each convert
// it to their own shape in one place (lsp/toLsp.ts, cli/formats/*).
import type { RuleCode } from './rules/registry';

export type Severity = 'error' | 'warning' | 'info';

/** A text in both languages the product speaks. */
export interface Message {
  readonly sv: string;
  readonly en: string;
}

export type Language = 'sv' | 'en';

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export interface Location {
  readonly uri: string;
  readonly range: OffsetRange;
}

export interface RelatedLocation extends Location {
  readonly message: Message;
}

export interface Problem {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly uri: string;
  readonly range: OffsetRange;
  readonly message: Message;
  readonly related?: readonly RelatedLocation[];
  /** Rule-specific facts for code actions, e.g. the computed value that would replace a figure. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A problem before the rule that reports it gives it its severity: what a file's parse and schema find. */
export type Draft = Omit<Problem, 'severity'>;

/** Orders problems by file, then position, then code, so that every output is stable. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  if (a.range.start !== b.range.start) return a.range.start - b.range.start;
  if (a.range.end !== b.range.end) return a.range.end - b.range.end;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0;
}
