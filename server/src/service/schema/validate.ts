// Validates a file against its schema with Ajv and turns each error into a problem on the exact YAML
// node: a missing property on the parent's key, an unknown property on its own key, a wrong type or
// value on the value.
import type { ErrorObject } from 'ajv';
import type { Draft, Message } from '../problems';

/** What the schema check finds; rules/schema.ts reports it with its severity. */
export type SchemaProblem = Draft & { readonly code: 'schema' };
import type { FileKind } from '../model/types';
import { joinPointer, pointerRange, splitPointer } from '../yaml/pointer';
import type { ParsedYaml } from '../yaml/parse';
import { closestName } from '../text/distance';
import { SCHEMAS } from './schemas';
import { validatorFor } from './validators';

const TYPE_NAMES: Record<string, Message> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  integer: { sv: 'ett heltal', en: 'an integer' },
  array: { sv: 'en lista', en: 'a list' },
  object: { sv: 'en mappning', en: 'a mapping' },
  boolean: { sv: 'sant eller falskt', en: 'true or false' },
  null: { sv: 'tomt', en: 'empty' },
};

function typeList(types: string | string[]): Message {
  const list = (Array.isArray(types) ? types : [types]).map((t) => TYPE_NAMES[t] ?? { sv: t, en: t });
  return { sv: list.map((t) => t.sv).join(' eller '), en: list.map((t) => t.en).join(' or ') };
}

function title(e: ErrorObject): Message | undefined {
  const schema = e.parentSchema as { title?: unknown; 'x-en'?: { title?: unknown } } | undefined;
  if (typeof schema?.title !== 'string') return undefined;
  const en = schema['x-en']?.title;
  return { sv: schema.title, en: typeof en === 'string' ? en : schema.title };
}

type SchemaNode = { properties?: Record<string, unknown>; allOf?: { $ref?: string }[] };

/** The property names a schema allows, including those of local `allOf` references. */
function allowedProperties(e: ErrorObject, root: Record<string, unknown>): string[] {
  const names = new Set<string>();
  const visit = (s: SchemaNode | undefined, depth: number) => {
    if (!s || depth > 4) return;
    for (const n of Object.keys(s.properties ?? {})) names.add(n);
    for (const part of s.allOf ?? []) {
      const ref = part.$ref;
      if (ref?.startsWith('#/$defs/')) visit((root.$defs as Record<string, SchemaNode>)[ref.slice(8)], depth + 1);
    }
  };
  visit(e.parentSchema as SchemaNode | undefined, 0);
  return [...names];
}

function suggestion(name: string, candidates: string[]): string | undefined {
  return closestName(name, candidates, (n) => Math.max(1, Math.floor(n.length / 3)));
}

function quote(v: unknown, language: 'sv' | 'en' = 'sv'): string {
  if (typeof v !== 'string') return JSON.stringify(v);
  return language === 'sv' ? `”${v}”` : `"${v}"`;
}

function describe(e: ErrorObject, root: Record<string, unknown>): { message: Message; pointer: string; target: 'key' | 'value' } | undefined {
  const p = e.params as Record<string, unknown>;
  const at = e.instancePath;
  const what = title(e);
  switch (e.keyword) {
    case 'required': {
      const name = String(p.missingProperty);
      return {
        pointer: at,
        target: 'key',
        message: { sv: `Egenskapen ”${name}” saknas.`, en: `Missing property "${name}".` },
      };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      const allowed = allowedProperties(e, root);
      // A known property counts as "unevaluated" only because a sibling failed inside the same
      // subschema; the sibling's own error is the one to show.
      if (e.keyword === 'unevaluatedProperties' && allowed.includes(name)) return undefined;
      const hint = suggestion(name, allowed);
      return {
        pointer: joinPointer([...splitPointer(at), name]),
        target: 'key',
        message: {
          sv: `Egenskapen ”${name}” är inte tillåten här.${hint ? ` Menade du ”${hint}”?` : ''}`,
          en: `Property "${name}" is not allowed here.${hint ? ` Did you mean "${hint}"?` : ''}`,
        },
      };
    }
    case 'type': {
      const t = typeList(p.type as string | string[]);
      return { pointer: at, target: 'value', message: { sv: `Värdet ska vara ${t.sv}.`, en: `The value must be ${t.en}.` } };
    }
    case 'enum': {
      const values = p.allowedValues as unknown[];
      const sv = values.map((v) => quote(v, 'sv')).join(', ');
      const en = values.map((v) => quote(v, 'en')).join(', ');
      return { pointer: at, target: 'value', message: { sv: `Värdet ska vara ett av: ${sv}.`, en: `The value must be one of: ${en}.` } };
    }
    case 'const':
      return { pointer: at, target: 'value', message: { sv: `Värdet ska vara ${quote(p.allowedValue, 'sv')}.`, en: `The value must be ${quote(p.allowedValue, 'en')}.` } };
    case 'pattern':
    case 'not': {
      const name = what ?? { sv: 'värde', en: 'value' };
      return {
        pointer: at,
        target: 'value',
        message: { sv: `${quote(e.data, 'sv')} är inget giltigt värde för ${name.sv.toLowerCase()}.`, en: `${quote(e.data, 'en')} is not a valid ${name.en.toLowerCase()}.` },
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const sv = { minimum: 'minst', maximum: 'högst', exclusiveMinimum: 'större än', exclusiveMaximum: 'mindre än' }[e.keyword];
      const en = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'greater than', exclusiveMaximum: 'less than' }[e.keyword];
      return { pointer: at, target: 'value', message: { sv: `Värdet ska vara ${sv} ${p.limit}.`, en: `The value must be ${en} ${p.limit}.` } };
    }
    case 'minItems':
      return { pointer: at, target: 'value', message: { sv: `Listan ska ha minst ${p.limit} element.`, en: `The list must have at least ${p.limit} items.` } };
    case 'uniqueItems':
      // Ajv names the later of the two equal items `i`: the finding stands on the repetition.
      return {
        pointer: joinPointer([...splitPointer(at), String(p.i)]),
        target: 'value',
        message: { sv: 'Värdet står redan tidigare i listan.', en: 'The value is already in the list.' },
      };
    case 'minLength':
      return { pointer: at, target: 'value', message: { sv: 'Värdet får inte vara tomt.', en: 'The value must not be empty.' } };
    case 'minProperties':
      return { pointer: at, target: 'value', message: { sv: 'Mappningen får inte vara tom.', en: 'The mapping must not be empty.' } };
    case 'if':
    case 'anyOf':
    case 'oneOf':
    case 'allOf':
      // The errors of the branches say more than the combinator itself.
      return undefined;
    default:
      return { pointer: at, target: 'value', message: { sv: `Ogiltigt värde: ${e.message ?? e.keyword}.`, en: `Invalid value: ${e.message ?? e.keyword}.` } };
  }
}

export function validateSchema(parsed: ParsedYaml, kind: FileKind): SchemaProblem[] {
  const validate = validatorFor(kind);
  if (validate(parsed.value)) return [];
  const root = SCHEMAS[kind];
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const e of validate.errors ?? []) {
    const d = describe(e, root);
    if (!d) continue;
    const range = pointerRange(parsed.doc, d.pointer, d.target);
    const key = `${range.start}:${range.end}:${d.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ code: 'schema', uri: parsed.uri, range, message: d.message });
  }
  return problems;
}
