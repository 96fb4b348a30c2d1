// The one conversion from the service's problems to what every CLI format prints: a file path relative
// to the working directory, 0-based positions, the message in the chosen language.
import type { LanguageService } from '../../service/index';
import type { Language, Problem, Severity } from '../../service/problems';
import { displayPath } from '../load';
import { positionAt } from '../positions';

export interface Finding {
  readonly file: string;
  readonly uri: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly related: readonly { file: string; line: number; character: number; message: string }[];
}

export function toFinding(service: LanguageService, p: Problem, language: Language): Finding {
  const text = service.getFile(p.uri)?.text ?? '';
  const pos = (uri: string, offset: number) => positionAt(uri, service.getFile(uri)?.text ?? '', offset);
  return {
    file: displayPath(p.uri),
    uri: p.uri,
    range: { start: positionAt(p.uri, text, p.range.start), end: positionAt(p.uri, text, p.range.end) },
    severity: p.severity,
    code: p.code,
    message: p.message[language],
    related: (p.related ?? []).map((r) => ({ file: displayPath(r.uri), ...pos(r.uri, r.range.start), message: r.message[language] })),
  };
}
