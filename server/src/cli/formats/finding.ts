// The one conversion from the service's problems to what every CLI format prints: a file path relative
// to the working directory, 0-based positions, the message in the chosen language. Each format turns the
// positions into its own convention (1-based for people and most CI systems).
import type { LanguageService } from '../../service/index';
import type { Language, Problem, Severity } from '../../service/index';
import type { ServiceSettings } from '../../service/index';
import { displayPath } from '../load';
import { positionAt } from '../positions';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

interface RelatedFinding {
  readonly file: string;
  readonly line: number;
  readonly character: number;
  readonly range: Range;
  readonly message: string;
}

export interface Finding {
  readonly file: string;
  readonly uri: string;
  readonly range: Range;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly related: readonly RelatedFinding[];
}

/** What a format may need besides the findings. */
export interface FormatContext {
  /** Every checked file as it is printed, sorted; formats that list files (JUnit) list clean ones too. */
  readonly files: readonly string[];
  readonly language: Language;
  /** True only when the output goes to a terminal and NO_COLOR is not set. */
  readonly color: boolean;
  readonly settings: ServiceSettings;
  readonly version: string;
}

export type Formatter = (findings: readonly Finding[], ctx: FormatContext) => string;

export function toFinding(service: LanguageService, p: Problem, language: Language, cwd: string = process.cwd()): Finding {
  const range = (uri: string, start: number, end: number): Range => {
    // The service cuts a range's trailing line breaks and spaces, so the editor and every format agree.
    const text = service.getFile(uri)?.text ?? '';
    return { start: positionAt(uri, text, start), end: positionAt(uri, text, end) };
  };
  return {
    file: displayPath(p.uri, cwd),
    uri: p.uri,
    range: range(p.uri, p.range.start, p.range.end),
    severity: p.severity,
    code: p.code,
    message: p.message[language],
    related: (p.related ?? []).map((r) => {
      const at = range(r.uri, r.range.start, r.range.end);
      return { file: displayPath(r.uri, cwd), ...at.start, range: at, message: r.message[language] };
    }),
  };
}

/** 1-based `line:col`, as people and compilers write positions. */
export const lineCol = (p: Position): string => `${p.line + 1}:${p.character + 1}`;
