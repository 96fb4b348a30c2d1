// The one place where the service's offset-based results become LSP shapes: diagnostics, ranges,
// locations, completion items, symbols, hovers, folding ranges, code actions and code lenses. Positions are
// computed from the text the service analysed.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind, CompletionItemKind, DiagnosticSeverity, DiagnosticTag, InsertTextFormat, MarkupKind, SymbolKind,
} from 'vscode-languageserver/node';
import type {
  CodeAction as LspCodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover as LspHover,
  Location as LspLocation, Range, WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { CodeAction, CompletionItem as ServiceCompletion, Hover, Lens, OutlineSymbol, Preview } from '../service/index';
import type { CoveragePlaceItem, CoverageReport, PreviewResult } from '../shared/protocol';
import type { Coverage } from '../service/index';
import type { CoveragePlace } from '../service/index';
import { COVERAGE_STATUS, INDICATOR_STATUS } from '../service/index';
import { goalVerdict, partStatusText, placeLabel, requirementStatusText } from '../service/index';
import type { Language, Location, Problem, Severity } from '../service/index';
import { docsUrl } from '../service/index';
import type { ServiceSettings } from '../service/index';

export type DocumentFor = (uri: string) => TextDocument | undefined;

function toRange(doc: TextDocument, range: { start: number; end: number }): Range {
  return { start: doc.positionAt(range.start), end: doc.positionAt(range.end) };
}

export function toLocation(docs: DocumentFor, loc: Location): LspLocation | undefined {
  const doc = docs(loc.uri);
  return doc ? { uri: loc.uri, range: toRange(doc, loc.range) } : undefined;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(p: Problem, docs: DocumentFor, settings: ServiceSettings): Diagnostic | undefined {
  const doc = docs(p.uri);
  if (!doc) return undefined;
  const language: Language = settings.language;
  return {
    range: toRange(doc, p.range),
    severity: SEVERITY[p.severity],
    code: p.code,
    codeDescription: { href: docsUrl(settings, p.code) },
    source: 'regbrev',
    message: p.message[language],
    relatedInformation: (p.related ?? []).flatMap((r) => {
      const location = toLocation(docs, r);
      return location ? [{ location, message: r.message[language] }] : [];
    }),
    tags: p.code === 'answer-removed' ? [DiagnosticTag.Deprecated] : undefined,
    data: p.data,
  };
}

const COMPLETION_KIND: Record<ServiceCompletion['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  requirement: CompletionItemKind.Reference,
  reference: CompletionItemKind.Reference,
  function: CompletionItemKind.Function,
  table: CompletionItemKind.Struct,
  row: CompletionItemKind.Field,
  column: CompletionItemKind.Field,
  keyword: CompletionItemKind.Keyword,
};

export function toCompletion(item: ServiceCompletion, doc: TextDocument): CompletionItem {
  const text = item.insertText ?? item.label;
  return {
    label: item.label,
    kind: COMPLETION_KIND[item.kind],
    detail: item.detail,
    documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
    sortText: item.sortText,
    insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(item.range ? { textEdit: { range: toRange(doc, item.range), newText: text } } : { insertText: text }),
    filterText: item.label,
  };
}

const SYMBOL_KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  chapter: SymbolKind.Module,
  section: SymbolKind.Namespace,
  table: SymbolKind.Struct,
  requirement: SymbolKind.Key,
  indicator: SymbolKind.Number,
  group: SymbolKind.Package,
  file: SymbolKind.File,
};

export function toSymbol(s: OutlineSymbol, doc: TextDocument): DocumentSymbol {
  const range = toRange(doc, s.range);
  const selection = toRange(doc, s.selection);
  // LSP requires the selection range to lie inside the full range.
  const inside = doc.offsetAt(selection.start) >= doc.offsetAt(range.start) && doc.offsetAt(selection.end) <= doc.offsetAt(range.end);
  return {
    name: s.name,
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range,
    selectionRange: inside ? selection : range,
    children: s.children.map((c) => toSymbol(c, doc)),
  };
}

/** A preview with its sources as lines of the documents they stand in. */
export function toPreviewResult(
  preview: Preview,
  docs: DocumentFor,
  generation: number,
  version: (uri: string) => number | undefined,
): PreviewResult {
  const versions: Record<string, number | null> = {};
  for (const uri of preview.files) versions[uri] = version(uri) ?? null;
  return {
    uri: preview.uri,
    scope: preview.scope,
    message: preview.message,
    reportUri: preview.reportUri,
    title: preview.title,
    html: preview.html,
    css: preview.css,
    sources: preview.sources.map((s) => {
      const doc = docs(s.uri);
      if (!doc) return { uri: s.uri, startLine: 0, startCharacter: 0, endLine: 0 };
      const start = doc.positionAt(s.range.start);
      return { uri: s.uri, startLine: start.line, startCharacter: start.character, endLine: doc.positionAt(s.range.end).line };
    }),
    files: preview.files,
    generation,
    versions,
  };
}

function toPlace(p: CoveragePlace, docs: DocumentFor, language: Language): CoveragePlaceItem[] {
  const location = toLocation(docs, p.location);
  return location ? [{ label: placeLabel(p, language), current: p.current, location }] : [];
}

const NOWHERE = (uri: string): LspLocation => ({ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });

/** A report's coverage in the server's language, with its locations as lines. */
export function toCoverageReport(c: Coverage, docs: DocumentFor, language: Language, counts: { errors: number; warnings: number; files: readonly string[] }): CoverageReport {
  const where = (loc: Location) => toLocation(docs, loc) ?? NOWHERE(loc.uri);
  const title = c.concerns
    ? `${language === 'en' ? 'Report of' : 'Redovisning av'} ${c.concerns.requirementId} ${c.concerns.partId}${c.concerns.date ? ` ${c.concerns.date}` : ''}`
    : [language === 'en' ? 'Annual report' : 'Årsredovisning', c.year].filter((x) => x !== undefined).join(' ');
  return {
    manifestUri: c.manifestUri,
    kind: c.kind,
    title: [title, c.myndighet].filter(Boolean).join(' – '),
    concerns: c.concerns ? { requirementId: c.concerns.requirementId, partId: c.concerns.partId } : undefined,
    judged: c.judged,
    summary: c.summary,
    errors: counts.errors,
    warnings: counts.warnings,
    files: counts.files,
    requirements: c.requirements.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      status: r.status,
      statusText: r.status === 'besvarat' ? COVERAGE_STATUS[r.status][language] : requirementStatusText(r, language),
      dueInReport: r.dueInReport,
      goal: r.goal
        ? `${r.goal.outcome ? r.goal.outcome[language] : '–'} / ${r.goal.target[language]}${r.goal.year ? ` (${r.goal.year})` : ''}: ${goalVerdict(r.goal, language)}`
        : undefined,
      goalReached: r.goal?.reached,
      location: where(r.location),
      answers: r.answers.flatMap((p) => toPlace(p, docs, language)),
      parts: r.parts.map((p) => ({
        id: p.id,
        title: p.title,
        status: p.status,
        statusText: partStatusText(p, language),
        location: where(p.location),
        items: p.items.map((i) => ({ id: i.id, text: i.text, answered: i.answers.length > 0, location: where(i.location), answers: i.answers.flatMap((x) => toPlace(x, docs, language)) })),
      })),
    })),
    indicators: c.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      status: i.status,
      statusText: INDICATOR_STATUS[i.status][language],
      outcome: i.outcome?.[language],
      target: i.target?.[language],
      location: where(i.location),
      reportedIn: i.reportedIn.flatMap((p) => toPlace(p, docs, language)),
    })),
  };
}

export function toHover(h: Hover, doc: TextDocument): LspHover {
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: h.range ? toRange(doc, h.range) : undefined };
}

/** Folding ranges by line; a range within one line folds nothing and is left out. */
export function toFoldingRanges(ranges: readonly { start: number; end: number }[], doc: TextDocument): FoldingRange[] {
  return ranges
    .map((r) => ({ startLine: doc.positionAt(r.start).line, endLine: doc.positionAt(r.end).line }))
    .filter((r) => r.endLine > r.startLine);
}

/** A quick fix with its edits, tied to the client's diagnostic it fixes when the client sent it along. */
export function toCodeAction(a: CodeAction, doc: TextDocument, docs: DocumentFor, diagnostics: readonly Diagnostic[]): LspCodeAction {
  const changes: NonNullable<WorkspaceEdit['changes']> = {};
  for (const e of a.edits) {
    const target = docs(e.uri);
    if (!target) continue;
    (changes[e.uri] ??= []).push({ range: toRange(target, e.range), newText: e.newText });
  }
  const diagnostic = diagnostics.find((d) => d.code === a.code && doc.offsetAt(d.range.start) === a.problem.range.start);
  return { title: a.title, kind: CodeActionKind.QuickFix, isPreferred: a.preferred, diagnostics: diagnostic ? [diagnostic] : undefined, edit: { changes } };
}

/** A code lens whose command shows where a requirement is answered (none when it is answered nowhere). */
export function toCodeLens(l: Lens, doc: TextDocument, docs: DocumentFor, showAnswers: string): CodeLens {
  const range = toRange(doc, l.range);
  const locations = l.locations.flatMap((x) => toLocation(docs, x) ?? []);
  return { range, command: { title: l.title, command: locations.length ? showAnswers : '', arguments: [doc.uri, range.start, locations] } };
}
