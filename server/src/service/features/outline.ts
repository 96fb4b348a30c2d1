// Document symbols (chapters, sections, notes and tables; or the requirement set's parts) and folding
// ranges (every mapping and list that spans lines).
import { isMap, isPair, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Section } from '../model/types';
import type { Language } from '../problems';
import type { LocateFn } from '../tables/locate';
import type { FileState } from '../workspace';

type SymbolKind = 'chapter' | 'section' | 'table' | 'requirement' | 'indicator' | 'group' | 'file';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly range: { readonly start: number; readonly end: number };
  readonly selection: { readonly start: number; readonly end: number };
  readonly children: readonly OutlineSymbol[];
}

function sectionSymbol(s: Section, locate: LocateFn, kind: SymbolKind, language: Language): OutlineSymbol {
  const range = locate.origin(s.origin).range;
  const head = s.not !== undefined ? `${language === 'sv' ? 'Not' : 'Note'} ${s.not}` : s.nummer;
  const children: OutlineSymbol[] = [
    ...s.tables.map((t) => {
      const r = locate.origin(t.origin).range;
      const name = t.nummer !== undefined ? `${language === 'sv' ? 'Tabell' : 'Table'} ${t.nummer}` : t.figur !== undefined ? `Figur ${t.figur}` : t.id;
      return { name, detail: t.rubrik, kind: 'table' as const, range: r, selection: locate.origin({ uri: t.uri, ptr: `${t.origin.ptr}/id` }).range, children: [] };
    }),
    ...s.sections.map((c) => sectionSymbol(c, locate, 'section', language)),
  ];
  const title = locate.origin({ uri: s.uri, ptr: `${s.origin.ptr}/rubrik` }).range;
  return { name: [head, s.rubrik].filter(Boolean).join(' ') || '(avsnitt)', kind, range, selection: title.end > title.start ? title : range, children };
}

export function documentSymbols(file: FileState, locate: LocateFn, language: Language): OutlineSymbol[] {
  if (!file.model) return [];
  if (file.kind === 'kapitel') return file.model ? [sectionSymbol(file.model, locate, 'chapter', language)] : [];
  if (file.kind === 'regleringsbrev') {
    const rs = file.model;
    const groups: [string, string, SymbolKind, { id: string; origin: { uri: string; ptr: string }; rubrik?: string; namn?: string }[]][] = [
      ['mål', language === 'sv' ? 'Mål' : 'Goals', 'requirement', [...rs.requirements.values()].filter((r) => r.kind === 'mål')],
      ['indikatorer', language === 'sv' ? 'Resultatindikatorer' : 'Indicators', 'indicator', [...rs.indicators.values()]],
      ['återrapporteringskrav', language === 'sv' ? 'Återrapporteringskrav' : 'Reporting requirements', 'requirement', [...rs.requirements.values()].filter((r) => r.kind === 'återrapporteringskrav')],
      ['uppdrag', language === 'sv' ? 'Uppdrag' : 'Assignments', 'requirement', [...rs.requirements.values()].filter((r) => r.kind === 'uppdrag')],
    ];
    const out: OutlineSymbol[] = [];
    for (const [key, name, kind, items] of groups) {
      if (items.length === 0) continue;
      const range = locate.origin({ uri: file.uri, ptr: `/${key}` }).range;
      out.push({
        name, kind: 'group', range, selection: locate.origin({ uri: file.uri, ptr: `/${key}` }, 'key').range,
        children: items.map((i) => ({
          name: i.id, detail: i.rubrik ?? i.namn, kind,
          range: locate.origin(i.origin).range, selection: locate.origin({ uri: i.origin.uri, ptr: `${i.origin.ptr}/id` }).range, children: [],
        })),
      });
    }
    if (rs.finance) {
      const range = locate.origin(rs.finance.origin).range;
      out.push({ name: language === 'sv' ? 'Finansiering' : 'Financing', kind: 'group', range, selection: locate.origin(rs.finance.origin, 'key').range, children: [] });
    }
    return out;
  }
  const m = file.model;
  return m.chapters.map((c) => {
    const r = locate.origin(c.origin).range;
    return { name: c.path, kind: 'file' as const, range: r, selection: r, children: [] };
  });
}

/** Offsets of every multi-line mapping or list; the LSP layer turns them into line ranges. */
export function foldingRanges(file: FileState): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const visit = (node: unknown, keyStart?: number) => {
    if (isMap(node) || isSeq(node)) {
      const r = (node as Node).range;
      if (r) {
        const start = keyStart ?? r[0];
        const end = r[1];
        if (file.text.slice(start, end).includes('\n')) out.push({ start, end: end - (file.text[end - 1] === '\n' ? 1 : 0) });
      }
      for (const item of node.items) {
        if (isPair(item)) visit(item.value, (item.key as Node | null)?.range?.[0]);
        else visit(item);
      }
    }
  };
  visit(file.parsed.doc.contents);
  return out;
}
