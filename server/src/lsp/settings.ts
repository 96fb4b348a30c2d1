// Turns the editor's `regbrev` settings into the service's settings, once per change.
import type { RegbrevSettings } from '../shared/protocol';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_NODES, limitOr } from '../service/index';
import type { ServiceSettings } from '../service/index';
import { isRuleCode } from '../service/index';
import { localDocsBase } from '../shared/docsBase';
import { languageOfLocale } from '../shared/locale';

/**
 * The service's settings from the editor's. The language follows `regbrev.language`, and for 'auto' (or
 * none) the client's locale from `initialize`. Status findings stay out of the problems unless
 * `regbrev.problems.showStatus` asks for them: an editor shows them in its requirements view.
 */
export function toServiceSettings(raw: RegbrevSettings | null | undefined, clientLocale: string | undefined): Partial<ServiceSettings> {
  const severities: Record<string, 'error' | 'warning' | 'info' | 'off'> = {};
  for (const [code, value] of Object.entries(raw?.severity ?? {})) {
    if (isRuleCode(code) && (value === 'error' || value === 'warning' || value === 'info' || value === 'off')) severities[code] = value;
  }
  return {
    language: raw?.language === 'en' || raw?.language === 'sv' ? raw.language : languageOfLocale(clientLocale),
    roundingMode: raw?.rounding === 'trunkering' ? 'trunkering' : 'närmaste',
    severities,
    docsBase: localDocsBase(),
    statusFindings: raw?.problems?.showStatus === true,
    maxFileSize: limitOr(raw?.maxFileSize, DEFAULT_MAX_FILE_SIZE),
    maxNodes: limitOr(raw?.maxNodes, DEFAULT_MAX_NODES),
  };
}
