// The custom parts of regbrev's language server protocol, defined once for the server and the VS Code
// client (and documented in server/README.md).
import { RequestType } from 'vscode-languageserver-protocol';
import type { ComputedTable } from '../service/features/computedTables';

export interface ComputedTablesParams {
  /** A chapter file (its tables), or the report's manifest (every table of the report). */
  readonly uri: string;
}

export interface ComputedTablesResult {
  readonly uri: string;
  readonly tables: readonly ComputedTable[];
}

export namespace ComputedTablesRequest {
  export const method = 'regbrev/computedTables' as const;
  export const type = new RequestType<ComputedTablesParams, ComputedTablesResult, void>(method);
}

/** The `regbrev` section of the editor's settings. */
export interface RegbrevSettings {
  readonly language?: 'sv' | 'en';
  readonly rounding?: 'närmaste' | 'trunkering';
  readonly severity?: Readonly<Record<string, 'error' | 'warning' | 'info' | 'off'>>;
  /** Files larger than this many bytes get one finding and are not analysed. */
  readonly maxFileSize?: number;
  /** Files with more YAML nodes than this get one finding and are not analysed. */
  readonly maxNodes?: number;
}

/** The client command a code lens runs to show where a requirement is answered. */
export const SHOW_ANSWERS_COMMAND = 'regbrev.showAnswers';
