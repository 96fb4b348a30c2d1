// The schemas document every field in both languages with examples, so that an editor can complete and
// explain all of it; and the sample validates against them.
import { strict as assert } from 'node:assert';
import { COMMON_SCHEMA, SCHEMAS } from '../../server/src/service/schema/schemas';

type Schema = Record<string, unknown>;

/** Walks every property schema (and $defs entry) and reports those lacking documentation. */
function undocumented(schema: Schema, path: string, out: string[]): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const [name, prop] of Object.entries(props)) {
    const here = `${path}/properties/${name}`;
    const isRef = typeof prop.$ref === 'string';
    const en = prop['x-en'] as Schema | undefined;
    // A property that only refers to a documented definition inherits its documentation.
    if (!isRef || prop.title !== undefined) {
      for (const key of ['title', 'description', 'examples']) if (prop[key] === undefined) out.push(`${here}: ${key}`);
      if (!en?.title || !en?.description) out.push(`${here}: x-en`);
    }
    walk(prop, here, out);
  }
}

function walk(schema: Schema, path: string, out: string[]): void {
  undocumented(schema, path, out);
  for (const key of ['items', 'additionalProperties', 'then', 'else']) {
    const sub = schema[key];
    if (sub && typeof sub === 'object' && !Array.isArray(sub)) walk(sub as Schema, `${path}/${key}`, out);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    for (const [i, sub] of ((schema[key] ?? []) as Schema[]).entries()) walk(sub, `${path}/${key}/${i}`, out);
  }
  for (const [name, def] of Object.entries((schema.$defs ?? {}) as Record<string, Schema>)) {
    const here = `${path}/$defs/${name}`;
    for (const key of ['title', 'description']) if (def[key] === undefined) out.push(`${here}: ${key}`);
    walk(def, here, out);
  }
}

describe('schemas', () => {
  for (const [name, schema] of [...Object.entries(SCHEMAS), ['common', COMMON_SCHEMA] as const]) {
    it(`${name}: every field has a title, a description in Swedish and English, and examples`, () => {
      const out: string[] = [];
      walk(schema as Schema, '#', out);
      assert.deepEqual(out, []);
    });
  }
});
