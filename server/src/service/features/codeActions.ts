// Quick fixes: replace a printed figure with the computed one, add a section that answers an unanswered
// requirement, add a missing indicator outcome, and silence a finding on its line. Every edit inserts or
// replaces text in place, so the author's comments, key order and untouched text stay as they were. Edits
// are byte-exact: they write the file's own line ends (LF, CRLF or CR), never land between a CR and its
// LF, never put a comment inside a multi-line scalar, and leave YAML that reads with no new schema finding.
import { isCollection, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Document, Node, YAMLSeq } from 'yaml';
import type { ProjectAnalysis } from '../analyze';
import type { Chapter, RequirementSet, Section } from '../model/types';
import type { Language, Problem } from '../problems';
import { findNode } from '../yaml/pointer';
import type { FileState } from '../workspace';
import { answersByRequirement } from './requirementsView';

export interface TextEdit {
  readonly uri: string;
  readonly range: { readonly start: number; readonly end: number };
  readonly newText: string;
}

export interface CodeAction {
  readonly title: string;
  readonly code: string;
  /** The problem the action fixes. */
  readonly problem: Problem;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
}

type Files = (uri: string) => FileState | undefined;

/** The file's line end, so that inserted lines match it: the first one it uses, LF when it has none. */
function eolOf(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0) return '\n';
  return text[i] === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
}

/** The start of the line `offset` is on; CR, LF and CRLF all end lines. */
function lineStart(text: string, offset: number): number {
  // A scan back to the nearest line end: lastIndexOf of a character the file lacks (CR in an LF file)
  // would scan to the start of the text each time.
  let i = offset - 1;
  while (i >= 0 && text[i] !== '\n' && text[i] !== '\r') i--;
  return i + 1;
}

/** The end of the line `offset` is on: before its CR or LF, so that nothing is inserted inside a CRLF. */
function lineEnd(text: string, offset: number): number {
  // An offset on the LF of a CRLF (a node's range may end there) belongs to the line the CR ends.
  if (text[offset] === '\n' && text[offset - 1] === '\r') return offset - 1;
  for (let i = offset; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return text.length;
}

/**
 * The stretches of text where a comment would land inside a scalar and so change the text instead of
 * adding a comment: the inside of multi-line quoted and plain scalars, and the content of block scalars
 * (their header line `text: |` may carry a comment). Collected once per file in one walk and searched by
 * bisection, so that silencing every finding of a file costs linear time, not a tree walk per finding.
 */
function scalarInteriors(doc: Document.Parsed, text: string): readonly (readonly [number, number])[] {
  const out: [number, number][] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
    } else if (isCollection(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isScalar(node) && node.range) {
      const [start, end] = node.range;
      const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
      const from = block ? lineEnd(text, start) + 1 : start + 1;
      if (from < end && /[\r\n]/.test(text.slice(start, end))) out.push([from, end - 1]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function insideScalar(interiors: readonly (readonly [number, number])[], at: number): boolean {
  let lo = 0;
  let hi = interiors.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = interiors[mid];
    if (at < start) hi = mid - 1;
    else if (at > end) lo = mid + 1;
    else return true;
  }
  return false;
}

function indentOf(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ ]*/.exec(text.slice(start))![0];
}

/** Replacing a figure keeps the way it was written: a Swedish string stays a string. */
function replaceFigure(p: Problem, file: FileState, language: Language): CodeAction | undefined {
  const computed = p.data?.computed;
  if (typeof computed !== 'string') return undefined;
  const old = file.text.slice(p.range.start, p.range.end);
  const quoted = /^["']/.test(old);
  const swedish = computed.replace('.', ',').replace(/^-/, '−');
  const newText = quoted ? `"${computed.replace('.', ',')}"` : computed;
  return {
    title: language === 'sv' ? `Ersätt ${old} med det beräknade värdet ${swedish}` : `Replace ${old} with the computed value ${computed}`,
    code: p.code,
    problem: p,
    edits: [{ uri: p.uri, range: p.range, newText }],
    preferred: true,
  };
}

/** Inserts a new item at the end of a block sequence, or a new key with a one-item sequence. */
function appendItem(file: FileState, ownerPtr: string, key: string, itemLines: string[]): TextEdit | undefined {
  const text = file.text;
  const eol = eolOf(text);
  const seq = findNode(file.parsed.doc, `${ownerPtr}/${key}`);
  if (seq.node && isSeq(seq.node) && seq.depth === `${ownerPtr}/${key}`.split('/').length - 1 && (seq.node as YAMLSeq).items.length > 0) {
    if ((seq.node as YAMLSeq).flow) return undefined;
    const items = (seq.node as YAMLSeq).items as Node[];
    const first = items[0].range![0];
    const last = items[items.length - 1].range![1];
    const dash = indentOf(text, first);
    const at = lineEnd(text, Math.max(last - 1, first));
    const body = itemLines.map((l, i) => `${dash}${i === 0 ? '- ' : '  '}${l}`).join(eol);
    return { uri: file.uri, range: { start: at, end: at }, newText: `${eol}${body}` };
  }
  const owner = findNode(file.parsed.doc, ownerPtr).node;
  if (!owner?.range) return undefined;
  const ownerIndent = ownerPtr === '' ? '' : indentOf(text, owner.range[0]) + (text.slice(lineStart(text, owner.range[0]), owner.range[0]).trim().startsWith('-') ? '  ' : '');
  const at = lineEnd(text, Math.max(owner.range[1] - 1, owner.range[0]));
  const body = itemLines.map((l, i) => `${ownerIndent}  ${i === 0 ? '- ' : '  '}${l}`).join(eol);
  return { uri: file.uri, range: { start: at, end: at }, newText: `${eol}${ownerIndent}${key}:${eol}${body}` };
}

function chapterFor(pa: ProjectAnalysis, ids: Set<string>): Chapter | undefined {
  // The chapter that already answers most requirements of the same kind, else the last resultatredovisning.
  const answers = answersByRequirement(pa);
  let best: Chapter | undefined;
  let score = 0;
  for (const c of pa.project.chapters) {
    // Distinct requirements answered, so that one requirement answered in many places does not decide.
    let n = 0;
    for (const [id, sites] of answers) if (ids.has(id) && sites.some((s) => s.origin.uri === c.uri)) n++;
    if (n > score) {
      score = n;
      best = c;
    }
  }
  return best ?? [...pa.project.chapters].reverse().find((c) => c.part === 'resultatredovisning') ?? pa.project.chapters[0];
}

function addAnswerSection(p: Problem, pa: ProjectAnalysis, rs: RequirementSet, files: Files, language: Language): CodeAction | undefined {
  const id = files(p.uri)?.text.slice(p.range.start, p.range.end);
  const r = id ? rs.requirements.get(id) : undefined;
  if (!r) return undefined;
  const sameKind = new Set([...rs.requirements.values()].filter((x) => x.kind === r.kind).map((x) => x.id));
  const chapter = chapterFor(pa, sameKind);
  const file = chapter && files(chapter.uri);
  if (!chapter || !file) return undefined;
  const number = chapter.nummer ? `${chapter.nummer}.${chapter.sections.length + 1}` : undefined;
  const lines = [
    ...(number ? [`nummer: "${number}"`] : []),
    `rubrik: ${JSON.stringify(r.rubrik ?? r.id)}`,
    `besvarar: [${r.id}]`,
    'text: |',
    `  ${language === 'sv' ? 'Redovisa här hur kravet har uppfyllts.' : 'Report here how the requirement was met.'}`,
  ];
  const edit = appendItem(file, '', 'avsnitt', lines);
  if (!edit) return undefined;
  const where = chapter.nummer ? `${chapter.nummer} ${chapter.rubrik ?? ''}`.trim() : chapter.uri.slice(chapter.uri.lastIndexOf('/') + 1);
  return {
    title: language === 'sv' ? `Lägg till ett avsnitt som besvarar ${r.id} i kapitel ${where}` : `Add a section answering ${r.id} to chapter ${where}`,
    code: p.code,
    problem: p,
    edits: [edit],
  };
}

function addIndicatorOutcome(p: Problem, pa: ProjectAnalysis, rs: RequirementSet, files: Files, language: Language): CodeAction | undefined {
  const id = files(p.uri)?.text.slice(p.range.start, p.range.end);
  const ind = id ? rs.indicators.get(id) : undefined;
  if (!ind) return undefined;
  const sections: Section[] = [...pa.project.sections].sort((a, b) => b.indicatorOutcomes.length - a.indicatorOutcomes.length);
  const section = sections[0]?.indicatorOutcomes.length ? sections[0] : pa.project.chapters.find((c) => c.part === 'resultatredovisning');
  const file = section && files(section.uri);
  if (!section || !file) return undefined;
  // Refer to an indicator table's outcome when one reports it. Otherwise the value is the author's to give:
  // a placeholder that is valid YAML and schema, and that the checker keeps flagging (as an outcome that is
  // no figure) until it is replaced, with a comment that says so.
  const row = pa.project.tables.filter((t) => t.form === 'indikatorer').flatMap((t) => t.dataRows.map((r) => ({ t, r }))).find((x) => x.r.links.indikator?.id === ind.id);
  const placeholder = `"?"  # ${language === 'sv' ? 'ersätt ? med indikatorns utfall' : "replace ? with the indicator's outcome"}`;
  const outcome = row && row.r.explicitId ? `${row.t.id}.${row.r.id}.utfall` : placeholder;
  const edit = appendItem(file, section.origin.ptr, 'indikatorer', [`indikator: ${ind.id}`, `utfall: ${outcome}`]);
  if (!edit) return undefined;
  return {
    title: language === 'sv' ? `Lägg till utfall för ${ind.id} i ${section.nummer ?? section.rubrik ?? ''}` : `Add an outcome for ${ind.id} to ${section.nummer ?? section.rubrik ?? ''}`,
    code: p.code,
    problem: p,
    edits: [edit],
  };
}

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
  const rs = pa?.project.requirementSet;
  let interiors: readonly (readonly [number, number])[] | undefined;
  for (const p of problems) {
    if (p.uri !== uri || p.range.end < range.start || p.range.start > range.end) continue;
    const fix =
      p.data?.computed !== undefined ? replaceFigure(p, file, language)
        : p.code === 'coverage' && pa && rs ? addAnswerSection(p, pa, rs, files, language)
          : p.code === 'indicator-outcome-missing' && pa && rs ? addIndicatorOutcome(p, pa, rs, files, language)
            : undefined;
    if (fix) out.push(fix);
    interiors ??= scalarInteriors(file.parsed.doc, file.text);
    const silence = p.severity !== 'info' ? suppress(p, file, language, interiors) : undefined;
    if (silence) out.push(silence);
  }
  return out;
}
