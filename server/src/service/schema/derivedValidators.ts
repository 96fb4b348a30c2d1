// Validators of the schemas derived from requirement sets (derived/derivedSchema.ts), compiled once per
// schema content and kept in a small cache of the most recently used. A letter being edited yields a new
// requirement set at every keystroke but mostly the same derived schema, so the cache key is the schema's
// text, not the object; evicted schemas are removed from Ajv too, so that a long editing session does not
// keep every version compiled (the live heap stays bounded).
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';

/** Enough for a workspace of a few reports edited in turn; each entry is one compiled schema. */
export const DERIVED_CACHE_SIZE = 8;

let ajv: Ajv2020 | undefined;
/** What Ajv holds before any derived schema: its meta-schemas. */
let baseline = 0;
const cache = new Map<string, { readonly schema: Record<string, unknown>; readonly validate: ValidateFunction }>();

/** A separate instance: derived schemas refer to nothing else, and compiling them needs no shared schema. */
function instance(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, addUsedSchema: false });
    ajv.addKeyword({ keyword: 'x-en', schemaType: 'object' });
    baseline = ajvCache()?.size ?? 0;
  }
  return ajv;
}

export function derivedValidator(schema: Record<string, unknown>): ValidateFunction {
  // The $id is left out, so that two letters with the same diarienummer never clash in Ajv.
  const { $id: _id, ...content } = schema;
  const key = JSON.stringify(content);
  const known = cache.get(key);
  if (known) {
    // Most recently used last: a Map keeps insertion order.
    cache.delete(key);
    cache.set(key, known);
    return known.validate;
  }
  const validate = instance().compile(content);
  cache.set(key, { schema: content, validate });
  while (cache.size > DERIVED_CACHE_SIZE) {
    const [oldest, entry] = cache.entries().next().value as [string, { schema: Record<string, unknown> }];
    cache.delete(oldest);
    instance().removeSchema(entry.schema);
  }
  return validate;
}

/** Ajv's own cache of every schema it compiled, until one is removed. */
function ajvCache(): Map<unknown, unknown> | undefined {
  return (ajv as unknown as { _cache?: Map<unknown, unknown> } | undefined)?._cache;
}

/** How many derived schemas this cache and Ajv itself keep compiled, for the tests of the bound. */
export function derivedCacheSize(): { readonly cached: number; readonly inAjv: number } {
  return { cached: cache.size, inAjv: (ajvCache()?.size ?? baseline) - baseline };
}
