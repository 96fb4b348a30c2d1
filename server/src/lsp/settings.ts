// Turns the editor's `regbrev` settings into the service's settings, once per change.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RegbrevSettings } from '../shared/protocol';
import type { ServiceSettings } from '../service/settings';
import { isRuleCode } from '../service/rules/registry';

/** The rule pages ship next to the bundle: dist/server.js → docs/rules. */
export function localDocsBase(): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'rules')).toString();
}

export function toServiceSettings(raw: RegbrevSettings | null | undefined): Partial<ServiceSettings> {
  const severities: Record<string, 'error' | 'warning' | 'info' | 'off'> = {};
  for (const [code, value] of Object.entries(raw?.severity ?? {})) {
    if (isRuleCode(code) && (value === 'error' || value === 'warning' || value === 'info' || value === 'off')) severities[code] = value;
  }
  return {
    language: raw?.language === 'en' ? 'en' : 'sv',
    roundingMode: raw?.rounding === 'trunkering' ? 'trunkering' : 'närmaste',
    severities,
    docsBase: localDocsBase(),
  };
}
