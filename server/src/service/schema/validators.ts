// The validator of each file kind: compiled ahead of time when the build compiled these very schemas
// (the usual case), else compiled here, once for the life of the service.
import type { ValidateFunction } from 'ajv';
import type { FileKind } from '../model/types';
import { compiledAhead } from './compiledAhead';
import { getAjv, SCHEMAS, schemasFingerprint } from './schemas';

const validators = new Map<FileKind, ValidateFunction>();

export function validatorFor(kind: FileKind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    const ahead = compiledAhead();
    v = ahead.fingerprint === schemasFingerprint() ? ahead.validators[kind] : getAjv().compile(SCHEMAS[kind]);
    validators.set(kind, v);
  }
  return v;
}

