// The bundled JSON Schemas and one compiled validator per file kind. The schemas are data that the
// editor features (completion, hover) read too, so they are exported here as well.
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import arsredovisning from '../../../../schemas/arsredovisning.schema.json';
import common from '../../../../schemas/common.schema.json';
import kapitel from '../../../../schemas/kapitel.schema.json';
import regleringsbrev from '../../../../schemas/regleringsbrev.schema.json';
import type { FileKind } from '../model/types';

export type JsonSchema = Record<string, unknown>;

export const SCHEMAS: Record<FileKind, JsonSchema> = {
  regleringsbrev: regleringsbrev as JsonSchema,
  årsredovisning: arsredovisning as JsonSchema,
  kapitel: kapitel as JsonSchema,
};
export const COMMON_SCHEMA = common as JsonSchema;

let ajv: Ajv2020 | undefined;
const validators = new Map<FileKind, ValidateFunction>();

/** The shared Ajv instance, created on first use so that start-up does not pay for compilation. */
export function getAjv(): Ajv2020 {
  if (!ajv) {
    // allErrors so that one run reports everything; verbose so that messages can quote the schema's title.
    ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
    ajv.addKeyword({ keyword: 'x-en', schemaType: 'object' });
    ajv.addSchema(COMMON_SCHEMA);
  }
  return ajv;
}

export function validatorFor(kind: FileKind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    v = getAjv().compile(SCHEMAS[kind]);
    validators.set(kind, v);
  }
  return v;
}

export const FILE_KINDS: readonly FileKind[] = ['regleringsbrev', 'årsredovisning', 'kapitel'];

export function isFileKind(v: unknown): v is FileKind {
  return typeof v === 'string' && (FILE_KINDS as readonly string[]).includes(v);
}
