// The figure under the cursor in a text: a reference that prints a cell (`{T8.totalt.år2023}`) or a claim
// that states a figure and checks it (`{48 685 = T11.a.år2023 - T11.a.år2022}`), in a section's text, a
// table's remark or a row's heading, so that hover, go to definition, find references and completion work
// in prose as they do in formulas. The braces are read in the text's value with the same patterns the
// checker and the renderer use (model/proseRefs.ts), so that a claim folded over two lines of a block is
// found as it is checked, and mapped back to the file (yaml/pointer.ts); where escapes move the characters of
// a quoted text, they are read on the cursor's line instead.
import type { ProjectAnalysis } from '../analyze';
import type { RefExpr } from '../formula/ast';
import { parseFormula } from '../formula/parser';
import { proseClaims, proseRefs } from '../model/proseRefs';
import type { ProseClaim, ProseRef } from '../model/proseRefs';
import type { FormulaSource } from '../model/types';
import type { Cell } from '../tables/cells';
import type { ClaimResult } from '../tables/proseClaims';
import { proseTarget } from '../tables/proseTarget';
import type { LocateFn } from '../tables/locate';
import { joinPointer, valueOffsetAt } from '../yaml/pointer';
import type { FileState } from '../workspace';
import { refsOf } from './formulaRefs';
import type { ValueContext } from './formulaRefs';

type Range = { readonly start: number; readonly end: number };

export type TextRefAt =
  /** A reference that prints a cell; the cell is undefined when the reference names nothing. */
  | { readonly kind: 'reference'; readonly ref: ProseRef; readonly cell?: Cell; readonly range: Range }
  /** A name inside a claim's formula, and the cell it names. */
  | { readonly kind: 'claim-cell'; readonly ref: RefExpr; readonly cell?: Cell; readonly range: Range }
  /** The claim itself (its figure or its comparison), with what the checker made of it. */
  | { readonly kind: 'claim'; readonly claim: ProseClaim; readonly result?: ClaimResult; readonly range: Range };

/** True for the texts that may print and state figures: sections' texts, tables' remarks, rows' headings. */
export function isTextPlace(ctx: ValueContext): boolean {
  return ctx.key === 'text' || ctx.key === 'anmärkning' || (ctx.key === 'rubrik' && ctx.model.row !== undefined);
}

/** The source line around an offset, without its line end. */
function lineAt(text: string, offset: number): { readonly start: number; readonly text: string } {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const rest = text.slice(offset).search(/[\r\n]/);
  return { start, text: text.slice(start, rest < 0 ? text.length : offset + rest) };
}

const within = (offset: number, start: number, end: number) => offset >= start && offset <= end;

/** A text to read braces in: its characters, where the cursor is among them, and how a stretch maps to the file. */
interface Reading {
  readonly text: string;
  readonly cursor: number;
  readonly toFile: (start: number, end: number) => Range;
}

/** The text's value as the checker reads it, mapped to the file as findings are (locate.span). */
function readingAt(file: FileState, ctx: ValueContext, ptr: string, offset: number, locate: LocateFn): Reading {
  const cursor = valueOffsetAt(file.parsed.doc, file.text, ptr, offset);
  if (cursor !== undefined) {
    return { text: ctx.value, cursor, toFile: (start, end) => locate.span({ uri: file.uri, ptr }, { start, end }).range };
  }
  const line = lineAt(file.text, offset);
  return { text: line.text, cursor: offset - line.start, toFile: (start, end) => ({ start: line.start + start, end: line.start + end }) };
}

export function textReferenceAt(file: FileState, ctx: ValueContext, offset: number, pa: ProjectAnalysis, locate: LocateFn): TextRefAt | undefined {
  const ptr = joinPointer(ctx.at.path);
  const r = readingAt(file, ctx, ptr, offset, locate);
  if (!r.text.includes('{')) return undefined;
  const ref = proseRefs(r.text).find((x) => within(r.cursor, x.start, x.end - 1));
  if (ref) {
    const target = proseTarget(pa.index, ref);
    return { kind: 'reference', ref, cell: 'cell' in target ? target.cell : undefined, range: r.toFile(ref.start, ref.end) };
  }
  const claim = proseClaims(r.text).find((c) => within(r.cursor, c.start, c.end - 1));
  if (!claim) return undefined;
  const parsed = parseFormula(claim.formula);
  if (parsed.expr && within(r.cursor, claim.formulaStart, claim.formulaStart + claim.formula.length)) {
    const refs: RefExpr[] = [];
    refsOf(parsed.expr, refs);
    const name = refs.find((x) => within(r.cursor - claim.formulaStart, x.span.start, x.span.end));
    if (name) {
      // A claim's formula is read as an outcome's is: names are whole, table.row.column (tables/proseClaims.ts).
      const source: FormulaSource = { parsed, origin: { uri: file.uri, ptr } };
      const bound = pa.engine.resolveQuietly(name, { mode: 'outcome', source });
      return { kind: 'claim-cell', ref: name, cell: bound.kind === 'cell' ? bound.cell : undefined, range: r.toFile(claim.formulaStart + name.span.start, claim.formulaStart + name.span.end) };
    }
  }
  const result = pa.claims.results.find((x) => x.at.uri === file.uri && x.at.ptr === ptr && x.claim.text === claim.text);
  return { kind: 'claim', claim, result, range: r.toFile(claim.start, claim.end) };
}

/**
 * The name being typed inside an open brace before the cursor, when there is one: after `{` for a reference,
 * or after the comparison of a claim (`{48 685 = T11.`), which takes a whole formula.
 */
export function braceBeforeCursor(text: string, offset: number): { readonly typed: string; readonly claim: boolean } | undefined {
  const line = lineAt(text, offset);
  const before = line.text.slice(0, offset - line.start);
  const open = before.lastIndexOf('{');
  if (open < 0 || before.indexOf('}', open) >= 0) return undefined;
  const inner = before.slice(open + 1);
  const head = /^\s*[−-]?\d[\d \u00a0]*(?:,\d+)?\s*(?:<=|>=|=|~|<|>)\s*/u.exec(inner);
  if (head) return { typed: inner.slice(head[0].length), claim: true };
  return /^[\p{L}_][\p{L}\p{N}_.]*$|^$/u.test(inner) ? { typed: inner, claim: false } : undefined;
}
