// Settings the service is handed (it never reads configuration itself). The LSP layer builds them from
// workspace/configuration, the CLI from its flags; both pass the same shape.
import type { Language, Severity } from './problems';
import type { RoundingMode } from './tables/cells';

export type SeveritySetting = Severity | 'off';

export interface ServiceSettings {
  /** Language of messages shown to the user. */
  readonly language: Language;
  /** How printed figures were rounded when a table does not say: to nearest, or truncated. */
  readonly roundingMode: RoundingMode;
  /** Severity per rule code; 'off' silences a rule. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  /** Base address of the rule documentation; a rule's page is `${docsBase}/${code}.md`. */
  readonly docsBase: string;
  /**
   * Whether status findings (indicator and goal status, the coverage summary) are problems. The CLI prints
   * them; an editor shows them in its requirements view and keeps its problems list for what needs fixing.
   */
  readonly statusFindings: boolean;
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  language: 'sv',
  roundingMode: 'närmaste',
  severities: {},
  docsBase: 'https://regbrev.invalid/docs/rules',
  statusFindings: true,
};

export function docsUrl(settings: ServiceSettings, code: string): string {
  return `${settings.docsBase.replace(/\/$/, '')}/${code}.md`;
}
