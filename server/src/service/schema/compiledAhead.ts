// The validators compiled ahead of time by scripts/compile-schemas.ts into ./compiled/validators.js at
// build time (`npm install`, `npm run build`), so that no run pays for Ajv's compilation of the bundled
// schemas (0.4 s, a third of a CLI run). The module is generated and not committed; its fingerprint says
// which schemas it was compiled from, and schemas.ts compiles at run time when they have changed since.
import type { ValidateFunction } from 'ajv';
import type { FileKind } from '../model/types';
import compiled from './compiled/validators';

export interface CompiledValidators {
  /** The fingerprint of the schemas they were compiled from (`schemasFingerprint()`). */
  readonly fingerprint: string;
  readonly validators: Readonly<Record<FileKind, ValidateFunction>>;
}

export function compiledAhead(): CompiledValidators {
  return compiled;
}
