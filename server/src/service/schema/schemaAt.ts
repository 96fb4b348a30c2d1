// Walks the bundled schemas along a JSON path, following $ref (within a schema and into the common
// definitions), allOf and the row schema's if/then/else, so that completion and hover know which
// properties, values and documentation apply at a place in a file.
import type { FileKind } from '../model/types';
import { COMMON_SCHEMA, SCHEMAS } from './schemas';
import type { JsonSchema } from './schemas';

export type SchemaNode = JsonSchema & {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  allOf?: SchemaNode[];
  $ref?: string;
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  type?: string | string[];
  title?: string;
  description?: string;
  examples?: unknown[];
  'x-en'?: { title?: string; description?: string };
  if?: SchemaNode;
  then?: SchemaNode;
  else?: SchemaNode;
};

interface Located {
  readonly schema: SchemaNode;
  /** The document the schema lives in, against which its local $refs resolve. */
  readonly root: SchemaNode;
}

function resolveRef(ref: string, root: SchemaNode): Located | undefined {
  const [file, pointer] = ref.split('#');
  const doc = file ? (file.startsWith('common') ? (COMMON_SCHEMA as SchemaNode) : undefined) : root;
  if (!doc) return undefined;
  let node: unknown = doc;
  for (const seg of (pointer ?? '').split('/').filter(Boolean)) node = (node as Record<string, unknown>)?.[decodeURIComponent(seg)];
  return node && typeof node === 'object' ? { schema: node as SchemaNode, root: doc } : undefined;
}

/** Follows $ref chains, keeping the documentation of the referring schema where it has its own. */
function deref(located: Located, depth = 0): Located {
  const { schema, root } = located;
  if (!schema.$ref || depth > 8) return located;
  const target = resolveRef(schema.$ref, root);
  if (!target) return located;
  const inner = deref(target, depth + 1);
  const { $ref: _ref, ...own } = schema;
  return { schema: { ...inner.schema, ...own }, root: inner.root };
}

/** Every property a schema allows, including those of its allOf parts. */
export function propertiesOf(located: Located): Map<string, Located> {
  const out = new Map<string, Located>();
  const visit = (l: Located, depth: number) => {
    if (depth > 6) return;
    const s = deref(l).schema;
    const root = deref(l).root;
    for (const [name, prop] of Object.entries(s.properties ?? {})) if (!out.has(name)) out.set(name, { schema: prop, root });
    for (const part of s.allOf ?? []) visit({ schema: part, root }, depth + 1);
  };
  visit(located, 0);
  return out;
}

export function requiredOf(located: Located): string[] {
  const s = deref(located).schema;
  const own = s.required ?? [];
  const parts = (s.allOf ?? []).flatMap((p) => requiredOf({ schema: p, root: deref(located).root }));
  return [...new Set([...own, ...parts])];
}

/** The schema at a path of the document, given the document's data for the row schema's condition. */
export function schemaAt(kind: FileKind, path: readonly (string | number)[], data: unknown): Located | undefined {
  const root = SCHEMAS[kind] as SchemaNode;
  let here: Located | undefined = { schema: root, root };
  let value: unknown = data;
  for (const seg of path) {
    if (!here) return undefined;
    const cur: Located = deref(here);
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[String(seg)] : undefined;
    if (typeof seg === 'number') {
      const items = cur.schema.items;
      here = items ? { schema: items, root: cur.root } : undefined;
    } else {
      const prop = propertiesOf(cur).get(seg);
      const extra = cur.schema.additionalProperties;
      here = prop ?? (extra && typeof extra === 'object' ? { schema: extra, root: cur.root } : undefined);
    }
    // Rows are heading rows or data rows depending on whether they have `avsnitt`.
    if (here && deref(here).schema.if) {
      const s = deref(here).schema;
      const isHeading = value !== null && typeof value === 'object' && 'avsnitt' in (value as object);
      const branch = isHeading ? s.then : s.else;
      if (branch) here = { schema: branch, root: deref(here).root };
    }
  }
  return here ? deref(here) : undefined;
}

/** The title and description of a schema in the requested language. */
export function docsOf(schema: SchemaNode, language: 'sv' | 'en'): { title?: string; description?: string } {
  if (language === 'en') return { title: schema['x-en']?.title ?? schema.title, description: schema['x-en']?.description ?? schema.description };
  return { title: schema.title, description: schema.description };
}
