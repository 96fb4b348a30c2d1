// The custom parts of regbrev's language server protocol, defined once for the server and the VS Code
// client (and documented in server/README.md).
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Location } from 'vscode-languageserver-protocol';
import type { ComputedTable } from '../service/index';

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

export interface PreviewParams {
  /** A chapter (the preview shows that chapter), or the manifest or letter (the whole report). */
  readonly uri: string;
}

/** Where a rendered element comes from: a file and the lines its source spans (0-based, inclusive). */
export interface PreviewSource {
  readonly uri: string;
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
}

export interface PreviewResult {
  readonly uri: string;
  /** 'none' when the file belongs to no report; `message` then says why, in the server's language. */
  readonly scope: 'chapter' | 'report' | 'none';
  readonly message?: string;
  /** The report's manifest. */
  readonly reportUri?: string;
  /** A short title for the preview's tab. */
  readonly title: string;
  /** The rendered body (no `<html>`, no script); elements carry `data-src="<index into sources>"`. */
  readonly html: string;
  /** The renderer's stylesheet, the same for every preview of one server. */
  readonly css: string;
  readonly sources: readonly PreviewSource[];
  /** Every file of the report, so that the client can follow the active editor within it. */
  readonly files: readonly string[];
  /** The analysis the preview was rendered from (see `regbrev/analysis`). */
  readonly generation: number;
  /** The version of each open file of the report that the preview reflects (null for closed files). */
  readonly versions: Readonly<Record<string, number | null>>;
}

/** The rendered preview of a chapter or of the whole report, as `regbrev render` prints it, with checks. */
export namespace PreviewRequest {
  export const method = 'regbrev/preview' as const;
  export const type = new RequestType<PreviewParams, PreviewResult, void>(method);
}

export interface AnalysisParams {
  /** Grows with every analysis; a preview or view rendered from an older one is stale. */
  readonly generation: number;
}

/** Sent after every analysis whose findings were published, so that previews and views refresh once. */
export namespace AnalysisNotification {
  export const method = 'regbrev/analysis' as const;
  export const type = new NotificationType<AnalysisParams>(method);
}

export interface CoverageParams {
  /** A file of one report: only that report. All reports when omitted. */
  readonly uri?: string;
}

/** A place in the report that answers a requirement or reports an outcome, as a reader finds it. */
export interface CoveragePlaceItem {
  /** "10.1 Kostnadsutveckling", "Tabell 9 – måluppfyllelse": the server's language. */
  readonly label: string;
  readonly current: boolean;
  readonly location: Location;
}

export type RequirementStatus = 'besvarat' | 'obesvarat' | 'inte-i-årsredovisningen' | 'inaktuellt-svar' | 'borttaget';

export interface RequirementItem {
  readonly id: string;
  readonly kind: 'mål' | 'återrapporteringskrav' | 'uppdrag';
  readonly title?: string;
  readonly status: RequirementStatus;
  /** The status in words, with where else it is reported or what removed it. */
  readonly statusText: string;
  readonly dueInReport: boolean;
  /** For a goal with a target: "11,1 mnkr mot 8 mnkr (2023): uppnått". */
  readonly goal?: string;
  readonly goalReached?: boolean;
  readonly location: Location;
  readonly answers: readonly CoveragePlaceItem[];
  /** Its parts, when it is reported in parts (delar), each with its items. */
  readonly parts: readonly PartItem[];
}

export interface PartItem {
  readonly id: string;
  readonly title?: string;
  readonly status: 'redovisad' | 'sen' | 'saknas' | 'inte-förfallen' | 'obedömd';
  /** "redovisad 2025-06-16 (senast 2025-06-30)": the server's language. */
  readonly statusText: string;
  readonly location: Location;
  readonly items: readonly {
    readonly id: string;
    readonly text?: string;
    readonly answered: boolean;
    readonly location: Location;
    readonly answers: readonly CoveragePlaceItem[];
  }[];
}

export interface IndicatorItem {
  readonly id: string;
  readonly name?: string;
  readonly status: 'uppnått' | 'inte-uppnått' | 'utan-målvärde' | 'utan-utfall';
  readonly statusText: string;
  readonly outcome?: string;
  readonly target?: string;
  readonly location: Location;
  readonly reportedIn: readonly CoveragePlaceItem[];
}

export interface CoverageReport {
  readonly manifestUri: string;
  /** An annual report, or a redovisning of one part of an assignment. */
  readonly kind: 'årsredovisning' | 'redovisning';
  /** "Årsredovisning 2023 – Statens servicecenter". */
  readonly title: string;
  /** For a redovisning, the part it reports: its summary counts that part's items, not requirements. */
  readonly concerns?: { readonly requirementId: string; readonly partId: string };
  /** False while files of the report have YAML errors: what is missing cannot be told then. */
  readonly judged: boolean;
  readonly summary: {
    readonly requirements: number;
    readonly due: number;
    readonly answered: number;
    readonly unanswered: number;
    readonly outdated: number;
    readonly notInReport: number;
    readonly removed: number;
    readonly indicators: number;
    readonly withOutcome: number;
    readonly reached: number;
  };
  /** The report's findings after the settings, for a status line. */
  readonly errors: number;
  readonly warnings: number;
  /** Every file of the report. */
  readonly files: readonly string[];
  readonly requirements: readonly RequirementItem[];
  readonly indicators: readonly IndicatorItem[];
}

export interface CoverageResult {
  readonly generation: number;
  readonly reports: readonly CoverageReport[];
}

/** The requirement set of each report with its status, for a requirements view and a status item. */
export namespace CoverageRequest {
  export const method = 'regbrev/coverage' as const;
  export const type = new RequestType<CoverageParams, CoverageResult, void>(method);
}

/** The `regbrev` section of the editor's settings. */
export interface RegbrevSettings {
  /** 'auto' (the default) follows the client's locale from `initialize`. */
  readonly language?: 'auto' | 'sv' | 'en';
  readonly problems?: { readonly showStatus?: boolean };
  readonly rounding?: 'närmaste' | 'trunkering';
  readonly severity?: Readonly<Record<string, 'error' | 'warning' | 'info' | 'off'>>;
  /** Files larger than this many bytes get one finding and are not analysed. */
  readonly maxFileSize?: number;
  /** Files with more YAML nodes than this get one finding and are not analysed. */
  readonly maxNodes?: number;
}

/** The client command a code lens runs to show where a requirement is answered. */
export const SHOW_ANSWERS_COMMAND = 'regbrev.showAnswers';
