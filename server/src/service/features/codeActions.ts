// Quick fixes: the fix a finding's rule offers for it (rules/unit.ts, features/fixes/), and, for every
// finding that is not information, silencing it on its line. Edits are byte-exact (features/fixes/text.ts)
// and leave YAML that reads with no new schema finding.
import type { ProjectAnalysis } from '../analyze';
import type { Language, Problem } from '../problems';
import { fixFor } from '../rules/registry';
import type { FileState } from '../workspace';
import { eolOf, indentOf, insideScalar, lineEnd, lineStart, scalarInteriors } from './fixes/text';
import type { CodeAction, Files, TextEdit } from './fixes/types';

export type { CodeAction, TextEdit } from './fixes/types';

function suppress(p: Problem, file: FileState, language: Language, interiors: readonly (readonly [number, number])[]): CodeAction | undefined {
  const text = file.text;
  const start = lineStart(text, p.range.start);
  const end = lineEnd(text, p.range.start);
  const line = text.slice(start, end);
  const reason = language === 'sv' ? 'skäl' : 'reason';
  const nextLine: TextEdit = { uri: p.uri, range: { start, end: start }, newText: `${indentOf(text, p.range.start)}# regbrev-disable-next-line ${p.code} ${reason}${eolOf(text)}` };
  const sameLine: TextEdit = { uri: p.uri, range: { start: end, end }, newText: ` # regbrev-disable-line ${p.code} ${reason}` };
  // A line that already ends in a comment gets the directive on the line before. A place inside a
  // multi-line scalar is no place for a comment: the other form is tried, else no action is offered.
  const order = line.includes('#') ? [nextLine, sameLine] : [sameLine, nextLine];
  const edit = order.find((e) => !insideScalar(interiors, e.range.start));
  if (!edit) return undefined;
  return { title: language === 'sv' ? `Tysta ${p.code} på denna rad` : `Silence ${p.code} on this line`, code: p.code, problem: p, edits: [edit] };
}

export function codeActions(
  uri: string, range: { start: number; end: number }, problems: readonly Problem[], pa: ProjectAnalysis | undefined, files: Files, language: Language,
): CodeAction[] {
  const file = files(uri);
  if (!file) return [];
  const out: CodeAction[] = [];
  let interiors: readonly (readonly [number, number])[] | undefined;
  for (const p of problems) {
    if (p.uri !== uri || p.range.end < range.start || p.range.start > range.end) continue;
    const fix = fixFor(p.code)?.({ problem: p, file, analysis: pa, files, language });
    if (fix) out.push(fix);
    interiors ??= scalarInteriors(file.parsed.doc, file.text);
    const silence = p.severity !== 'info' ? suppress(p, file, language, interiors) : undefined;
    if (silence) out.push(silence);
  }
  return out;
}
