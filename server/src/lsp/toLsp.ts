// The one place where the service's offset-based results become LSP shapes: diagnostics, ranges,
// locations, completion items, symbols. Positions are computed from the text the service analysed.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind, DiagnosticSeverity, DiagnosticTag, InsertTextFormat, MarkupKind, SymbolKind,
} from 'vscode-languageserver/node';
import type {
  CompletionItem, Diagnostic, DocumentSymbol, Location as LspLocation, Range,
} from 'vscode-languageserver/node';
import type { CompletionItem as ServiceCompletion, OutlineSymbol } from '../service/index';
import type { Language, Location, Problem, Severity } from '../service/problems';
import { docsUrl } from '../service/settings';
import type { ServiceSettings } from '../service/settings';

export type DocumentFor = (uri: string) => TextDocument | undefined;

export function toRange(doc: TextDocument, range: { start: number; end: number }): Range {
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
