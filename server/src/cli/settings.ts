// Builds the service settings from command-line flags, the same shape the language server builds from
// the editor's configuration.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServiceSettings } from '../service/settings';
import { flag, oneOf } from './args';
import type { ParsedArgs } from './args';

/** The rule pages ship with the package: dist/cli.js → docs/rules. */
export function localDocsBase(): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'rules')).toString();
}

export function settingsFromArgs(args: ParsedArgs): Partial<ServiceSettings> {
  return {
    language: oneOf(flag(args, 'lang'), ['sv', 'en'] as const, 'lang', 'sv'),
    roundingMode: oneOf(flag(args, 'rounding'), ['närmaste', 'trunkering'] as const, 'rounding', 'närmaste'),
    docsBase: localDocsBase(),
  };
}
