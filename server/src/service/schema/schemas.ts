// The bundled JSON Schemas and one compiled validator per file kind. The schemas are data that the
// editor features (completion, hover) read too, so they are exported here as well.
import Ajv2020 from 'ajv/dist/2020';
import arsredovisning from '../../../../schemas/arsredovisning.schema.json';
import common from '../../../../schemas/common.schema.json';
import kapitel from '../../../../schemas/kapitel.schema.json';
import redovisning from '../../../../schemas/redovisning.schema.json';
import regleringsbrev from '../../../../schemas/regleringsbrev.schema.json';
import type { FileKind } from '../model/types';

export type JsonSchema = Record<string, unknown>;

export const SCHEMAS: Record<FileKind, JsonSchema> = {
  regleringsbrev: regleringsbrev as JsonSchema,
  årsredovisning: arsredovisning as JsonSchema,
  kapitel: kapitel as JsonSchema,
  redovisning: redovisning as JsonSchema,
};
export const COMMON_SCHEMA = common as JsonSchema;

let ajv: Ajv2020 | undefined;

/**
 * An Ajv instance with regbrev's options. `source` keeps the generated code, for the validators compiled
 * ahead of time at build (scripts/compile-schemas.ts).
 */
export function createAjv(source = false): Ajv2020 {
  // allErrors so that one run reports everything; verbose so that messages can quote the schema's title.
  const a = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source } });
  a.addKeyword({ keyword: 'x-en', schemaType: 'object' });
  a.addSchema(COMMON_SCHEMA);
  return a;
}

/** The shared Ajv instance of the process, for what cannot be compiled ahead of time (derived schemas). */
export function getAjv(): Ajv2020 {
  ajv ??= createAjv();
  return ajv;
}

/** A fingerprint of the bundled schemas, so that validators compiled from other schemas are not used. */
let fingerprint: string | undefined;

export function schemasFingerprint(): string {
  fingerprint ??= fnv1a(JSON.stringify([COMMON_SCHEMA, SCHEMAS.regleringsbrev, SCHEMAS.årsredovisning, SCHEMAS.kapitel, SCHEMAS.redovisning]));
  return fingerprint;
}

/** FNV-1a over a string: a fast, stable fingerprint (not a cryptographic hash). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export const FILE_KINDS: readonly FileKind[] = ['regleringsbrev', 'årsredovisning', 'kapitel', 'redovisning'];

export function isFileKind(v: unknown): v is FileKind {
  return typeof v === 'string' && (FILE_KINDS as readonly string[]).includes(v);
}
