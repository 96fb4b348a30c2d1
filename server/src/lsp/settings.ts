// Turns the editor's `regbrev` settings into the service's settings, once per change.
import type { RegbrevSettings } from '../shared/protocol';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_NODES, limitOr } from '../service/settings';
import type { ServiceSettings } from '../service/settings';
import { isRuleCode } from '../service/rules/registry';
import { localDocsBase } from '../shared/docsBase';

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
    maxFileSize: limitOr(raw?.maxFileSize, DEFAULT_MAX_FILE_SIZE),
    maxNodes: limitOr(raw?.maxNodes, DEFAULT_MAX_NODES),
  };
}
