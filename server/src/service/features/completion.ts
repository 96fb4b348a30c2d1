// Completion: schema keys (with a skeleton of required properties), enum values, requirement ids where
// answers link to them, indicator, goal and financing ids, section numbers, and table, row, column and
// cell references inside formulas.
import type { ProjectAnalysis } from '../analyze';
import { allSections } from '../model/chapter';
import type { RequirementSet, Table } from '../model/types';
import type { Language } from '../problems';
import { tableNumber } from '../model/labels';
import { FUNCTIONS } from '../formula/functions';
import { nameKindAt } from '../names/keys';
import { letterNames } from '../names/letter';
import type { NameKind } from '../names/types';
import { FORMS } from '../forms/definitions';
import { docsOf, propertiesOf, requiredOf, schemaAt } from '../schema/schemaAt';
import type { SchemaNode } from '../schema/schemaAt';
import { nodeAt } from '../yaml/nodeAt';
import { parseYaml } from '../yaml/parse';
import { findNode, joinPointer } from '../yaml/pointer';
import { isMap } from 'yaml';
import type { FileState } from '../workspace';
import { modelAt, requirementSetFor } from './modelAt';
import { braceBeforeCursor } from './textRefs';
import { mdText } from './markdownText';

type CompletionKind = 'property' | 'value' | 'requirement' | 'reference' | 'function' | 'table' | 'row' | 'column' | 'keyword';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** Text to insert; a snippet with $1 placeholders when `snippet` is true. */
  readonly insertText?: string;
  readonly snippet?: boolean;
  readonly sortText?: string;
  /** The text range the item replaces (offsets); insertion at the cursor when absent. */
  readonly range?: { readonly start: number; readonly end: number };
}

const PLACEHOLDER = 'regbrev__completion';
const FORMULA_KEYS = new Set(['formel', 'utfall']);
function yamlExample(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function propertyDocs(schema: SchemaNode, language: Language): string | undefined {
  const { description } = docsOf(schema, language);
  const examples = (schema.examples ?? []).slice(0, 2).map((e) => `\`${yamlExample(e)}\``).join(', ');
  const label = language === 'sv' ? 'Exempel' : 'Example';
  return [description, examples ? `${label}: ${examples}` : ''].filter(Boolean).join('\n\n') || undefined;
}

/** A snippet for a property: its key, and for mappings a skeleton of their required properties. */
function propertySnippet(name: string, located: NonNullable<ReturnType<typeof schemaAt>>, depth = 0): string {
  const s = located.schema;
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  const required = requiredOf(located).filter((r) => r !== 'typ');
  const props = propertiesOf(located);
  if ((type === 'object' || props.size > 0) && !s.enum && depth < 2 && required.length > 0) {
    const lines = required.map((r) => {
      const child = props.get(r);
      return child ? `  ${propertySnippet(r, { ...child, schema: child.schema }, depth + 1).replace(/\n/g, '\n  ')}` : `  ${r}: $0`;
    });
    return `${name}:\n${lines.join('\n')}`;
  }
  if (type === 'array') {
    const items = s.items ? { schema: s.items, root: located.root } : undefined;
    const itemRequired = items ? requiredOf(items) : [];
    if (itemRequired.length > 0) return `${name}:\n  - ${itemRequired.map((r) => `${r}: `).join('\n    ')}`;
    return `${name}:\n  - `;
  }
  if (s.const !== undefined) return `${name}: ${String(s.const)}`;
  return `${name}: `;
}

function keyCompletions(file: FileState, offset: number, language: Language, replace?: { start: number; end: number }, reuse = false): CompletionItem[] {
  // On an existing key the file's own parse already says which mapping it is in: replacing the key by
  // another leaves the structure as it is, so the file is not parsed again (a request on a large file
  // costs no parse). Elsewhere a placeholder key is inserted where the cursor stands, so that indentation
  // decides the mapping; that text is parsed as every file is, so that aliases are resolved within the same
  // bounds ("Unresolved alias" and alias bombs leave the data undefined instead of throwing).
  // Only the text up to the end of the cursor's line is parsed: what follows cannot change which mapping
  // the placeholder falls in. The keys that follow in that mapping, and the data, come from the file's own
  // parse at the same path.
  const end = replace ? replace.end : offset;
  const eol = file.text.slice(end).search(/[\r\n]/);
  const rest = eol < 0 ? file.text.slice(end) : file.text.slice(end, end + eol);
  const parsed = reuse ? file.parsed : parseYaml(file.uri, file.text.slice(0, offset) + PLACEHOLDER + rest);
  const at = nodeAt(parsed.doc, offset);
  if (at.part !== 'key' || !file.kind) return [];
  const parentPath = at.path.slice(0, -1);
  const data = file.parsed.value;
  const located = schemaAt(file.kind, parentPath, data);
  if (!located) return [];
  const own = reuse ? undefined : findNode(file.parsed.doc, joinPointer(parentPath));
  const siblings = [...(at.map?.items ?? []), ...(own && own.depth === parentPath.length && isMap(own.node) ? own.node.items : [])];
  const present = new Set(siblings.filter((p) => p !== at.pair || !reuse).map((p) => String((p.key as { value?: unknown })?.value)));
  const items: CompletionItem[] = [];
  for (const [name, prop] of propertiesOf(located)) {
    if (present.has(name) && name !== PLACEHOLDER) continue;
    if (name === 'typ' && parentPath.length > 0) continue;
    const docs = docsOf(prop.schema, language);
    const required = requiredOf(located).includes(name);
    items.push({
      label: name,
      kind: 'property',
      detail: docs.title,
      documentation: propertyDocs(prop.schema, language),
      insertText: propertySnippet(name, schemaAt(file.kind, [...parentPath, name], data) ?? prop),
      snippet: true,
      sortText: `${required ? '0' : '1'}${name}`,
      range: replace,
    });
  }
  return items;
}

function requirementItems(rs: RequirementSet, pa: ProjectAnalysis | undefined, language: Language, range?: { start: number; end: number }): CompletionItem[] {
  return [...rs.requirements.values()].map((r) => {
    const open = r.dueInReport && (!pa || pa.names.answersTo(r.id).length === 0);
    const kind = { mål: language === 'sv' ? 'Mål' : 'Goal', återrapporteringskrav: language === 'sv' ? 'Återrapporteringskrav' : 'Reporting requirement', uppdrag: language === 'sv' ? 'Uppdrag' : 'Assignment' }[r.kind];
    const status = open ? (language === 'sv' ? ' — obesvarat' : ' — unanswered') : '';
    return {
      label: r.id,
      kind: 'requirement' as const,
      detail: `${kind}: ${r.rubrik ?? ''}${status}`,
      // The letter's wording, as text: the editor shows documentation as Markdown.
      documentation: r.text ? mdText(r.text) : undefined,
      sortText: `${open ? '0' : r.dueInReport ? '1' : '2'}${r.id}`,
      range,
    };
  });
}

function idItems(ids: Iterable<[string, string | undefined]>, kind: CompletionKind, range?: { start: number; end: number }): CompletionItem[] {
  return [...ids].map(([id, detail]) => ({ label: id, kind, detail, range }));
}

function tablesOf(pa: ProjectAnalysis | undefined, file: FileState): Table[] {
  if (pa) return [...pa.index.tables.values()];
  if (file.kind === 'kapitel' && file.model) return [...allSections(file.model)].flatMap((s) => s.tables);
  return [];
}

/** Completion inside a formula: what can follow the dotted name being typed. */
function formulaCompletions(
  prefix: string, offset: number, table: Table | undefined, pa: ProjectAnalysis | undefined, file: FileState, rs: RequirementSet | undefined, language: Language,
): CompletionItem[] {
  const m = /([\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]*)*)?$/u.exec(prefix);
  const typed = m?.[1] ?? '';
  const parts = typed.split('.');
  const last = parts[parts.length - 1];
  const range = { start: offset - last.length, end: offset };
  const tables = new Map(tablesOf(pa, file).map((t) => [t.id, t]));
  const describeTable = (t: Table) => [tableNumber(t, language) ?? t.id, t.rubrik].filter(Boolean).join(' ');
  if (parts.length === 1) {
    const items: CompletionItem[] = [];
    if (table) {
      items.push(...table.dataRows.filter((r) => r.explicitId).map((r) => ({ label: r.id, kind: 'row' as const, detail: r.rubrik, range, sortText: `0${r.id}` })));
      items.push(...table.columns.map((c) => ({ label: c.id, kind: 'column' as const, detail: c.rubrik, range, sortText: `1${c.id}` })));
    }
    items.push(...[...tables.values()].map((t) => ({ label: t.id, kind: 'table' as const, detail: describeTable(t), range, sortText: `2${t.id}` })));
    for (const f of FUNCTIONS) {
      const names = f.alias === f.name ? [f.name] : [f.name, f.alias];
      for (const name of names) {
        const detail = `${f.description[language]}${name === f.alias ? ` (= ${f.name})` : ''}`;
        items.push({ label: name, kind: 'function', detail, documentation: f.signature, insertText: `${name}($1)`, snippet: true, range, sortText: `3${name}` });
      }
    }
    if (rs?.finance) items.push({ label: 'rb', kind: 'keyword', detail: language === 'sv' ? 'regleringsbrevets belopp' : 'figures of the letter', range, sortText: '4rb' });
    return items;
  }
  if (parts[0] === 'rb') {
    const keys = pa ? [...pa.index.rbFacts.keys()] : [];
    const done = parts.slice(1, -1).join('.');
    const next = new Map<string, string | undefined>();
    for (const k of keys) {
      if (done && !k.startsWith(`${done}.`)) continue;
      const rest = (done ? k.slice(done.length + 1) : k).split('.');
      next.set(rest[0], rest.length === 1 ? pa!.index.rbFacts.get(k)?.label : undefined);
    }
    return idItems(next, 'reference', range);
  }
  const other = tables.get(parts[0]);
  if (other && parts.length === 2) {
    return other.dataRows.filter((r) => r.explicitId).map((r) => ({ label: r.id, kind: 'row' as const, detail: r.rubrik, range }));
  }
  if (other && parts.length === 3) return other.columns.map((c) => ({ label: c.id, kind: 'column' as const, detail: c.rubrik, range }));
  if (table && parts.length === 2 && table.dataRows.some((r) => r.id === parts[0])) {
    return table.columns.map((c) => ({ label: c.id, kind: 'column' as const, detail: c.rubrik, range }));
  }
  return [];
}

/** The names a reference of a kind may take, with what they are; undefined when none can be offered. */
function nameItems(kind: NameKind, rs: RequirementSet | undefined, pa: ProjectAnalysis | undefined, language: Language, range?: { start: number; end: number }): CompletionItem[] | undefined {
  const f = rs?.finance;
  switch (kind) {
    case 'requirement':
      return rs && requirementItems(rs, pa, language, range);
    case 'indicator':
      return rs && idItems([...rs.indicators.values()].map((i) => [i.id, i.namn] as [string, string | undefined]), 'reference', range);
    case 'goal':
      return rs && idItems([...rs.requirements.values()].filter((r) => r.kind === 'mål').map((r) => [r.id, r.rubrik] as [string, string | undefined]), 'reference', range);
    case 'appropriationPost':
      return f && idItems([...f.posts.values()].map((p) => [p.id, `${p.appropriation.beteckning ?? ''} ${p.beteckning ?? ''} ${p.namn ?? ''}`.trim()] as [string, string]), 'reference', range);
    case 'feeRow':
      return f && idItems([...f.feeRows.values()].map((r) => [r.id, r.verksamhet] as [string, string | undefined]), 'reference', range);
    case 'incomeTitle':
      return f && idItems([...f.incomeTitles.values()].map((t) => [t.id, `${t.nummer ?? ''} ${t.namn ?? ''}`.trim()] as [string, string]), 'reference', range);
    case 'decision':
      return rs && idItems(letterNames(rs).namesOf('decision').map((d) => [d, rs.amendments.find((a) => a.diarienummer === d)?.beslutad ?? rs.beslutad] as [string, string | undefined]), 'reference', range);
    case 'section':
      return pa && idItems(pa.project.sections.filter((s) => s.nummer).map((s) => [s.nummer!, s.rubrik] as [string, string | undefined]), 'reference', range);
    case 'note':
      return pa && idItems(pa.project.sections.filter((s) => s.not !== undefined).map((s) => [String(s.not), s.rubrik] as [string, string | undefined]), 'reference', range);
    case 'file':
      return undefined;
  }
}

/**
 * Completion at an offset. `project` gives the analysed report, asked for only where completion needs it
 * (values that name requirements, tables, sections): key completion reads the file alone and never waits
 * for an analysis.
 */
export function complete(file: FileState, offset: number, project: () => ProjectAnalysis | undefined, language: Language): CompletionItem[] {
  if (!file.kind) {
    // A YAML file without typ: offer the three kinds.
    return [
      { label: 'typ: kapitel', kind: 'keyword', insertText: 'typ: kapitel\nnummer: "$1"\nrubrik: $2\n', snippet: true },
      { label: 'typ: regleringsbrev', kind: 'keyword', insertText: 'typ: regleringsbrev\nmyndighet: $1\nbudgetår: $2\ndiarienummer: $3\nbeslutad: $4\n', snippet: true },
      { label: 'typ: årsredovisning', kind: 'keyword', insertText: 'typ: årsredovisning\nmyndighet: $1\nräkenskapsår: $2\nregleringsbrev: regleringsbrev.yaml\n', snippet: true },
    ];
  }
  const at = nodeAt(file.parsed.doc, offset);
  const scalarRange = at.scalar?.range ? { start: at.scalar.range[0], end: at.scalar.range[1] } : undefined;
  if (at.part === 'none') return keyCompletions(file, offset, language);
  if (at.part === 'key') return keyCompletions(file, scalarRange?.start ?? offset, language, scalarRange, true);
  // A bare word on its own line in a mapping is a key being typed, not a value.
  if (at.scalar && at.pair && at.pair.value === null) return keyCompletions(file, scalarRange?.start ?? offset, language, scalarRange);
  const pa = project();
  const rs = requirementSetFor(file, pa);
  const path = at.path;
  const key = [...path].reverse().find((p): p is string => typeof p === 'string');
  const inList = typeof path[path.length - 1] === 'number' || (at.scalar === undefined && key !== undefined);
  const listKey = typeof path[path.length - 1] === 'number' ? path[path.length - 2] : key;
  const model = modelAt(file, path, pa);

  // Inside a brace of a text: a reference names table.row.column; a claim's formula may use anything a formula may.
  const brace = key === 'text' || key === 'anmärkning' || (key === 'rubrik' && model.row) ? braceBeforeCursor(file.text, offset) : undefined;
  if (brace) {
    const items = formulaCompletions(brace.typed, offset, undefined, pa, file, rs, language);
    return brace.claim ? items : items.filter((i) => i.kind === 'table' || i.kind === 'row' || i.kind === 'column');
  }
  if (key && (FORMULA_KEYS.has(key) || path.includes('cellformler') || (listKey === 'formel' && inList))) {
    const text = at.scalar ? String(at.scalar.value ?? '') : '';
    const start = at.scalar?.range?.[0] ?? offset;
    const quoted = at.scalar && (at.scalar.type === 'QUOTE_DOUBLE' || at.scalar.type === 'QUOTE_SINGLE') ? 1 : 0;
    const prefix = text.slice(0, Math.max(0, offset - start - quoted));
    return formulaCompletions(prefix, offset, model.table, pa, file, rs, language);
  }
  const kind = nameKindAt(file.kind, path);
  if (kind) {
    const items = nameItems(kind, rs, pa, language, scalarRange);
    if (items) return items;
  }
  if (key === 'id' && model.table?.form && model.row) {
    // A row of a standard form takes one of the form's posts.
    const form = FORMS.get(model.table.form);
    if (form?.orientation === 'rows') return idItems(Object.entries(form.posts).map(([id, p]) => [id, p.title] as [string, string]), 'value', scalarRange);
  }
  if (key === 'id' && model.table?.form && model.column && !model.row) {
    const form = FORMS.get(model.table.form);
    if (form?.orientation === 'columns') return idItems(Object.entries(form.posts).map(([id, p]) => [id, p.title] as [string, string]), 'value', scalarRange);
  }
  const located = schemaAt(file.kind, path, file.parsed.value);
  const s = located?.schema;
  const values = s?.enum ?? (s?.const !== undefined ? [s.const] : s?.type === 'boolean' ? [true, false] : []);
  return values.map((v) => ({ label: String(v), kind: 'value' as const, detail: s ? docsOf(s, language).title : undefined, range: scalarRange }));
}
