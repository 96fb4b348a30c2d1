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
  /** Files larger than this many bytes (UTF-8) get one finding and are not analysed. */
  readonly maxFileSize: number;
  /** Files with more YAML nodes than this (keys, values, items) get one finding and are not analysed. */
  readonly maxNodes: number;
}

/**
 * The limits' defaults. The largest file of the SSC sample is 75 KB with 5 600 nodes; a real report's
 * files stay far below both (13 and 18 times), while a file at the limits is still parsed and analysed in a
 * second or two: the yaml package reads about a megabyte a second, and the editor re-reads a file per keystroke.
 */
export const DEFAULT_MAX_FILE_SIZE = 1_000_000;
export const DEFAULT_MAX_NODES = 100_000;

export const DEFAULT_SETTINGS: ServiceSettings = {
  language: 'sv',
  roundingMode: 'närmaste',
  severities: {},
  docsBase: 'https://regbrev.invalid/docs/rules',
  statusFindings: true,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  maxNodes: DEFAULT_MAX_NODES,
};

/** A limit as given (a setting or a flag) made safe: a positive whole number, else the default. */
export function limitOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

export function docsUrl(settings: ServiceSettings, code: string): string {
  return `${settings.docsBase.replace(/\/$/, '')}/${code}.md`;
}
