// The language service: the one entry point the LSP layer and the CLI use. It holds the files it was
// handed, re-analyses lazily after a change, and never does I/O or throws on bad input.
import { analyzeWorkspace, makeLocate } from './analyze';
import type { Analysis, ProjectAnalysis, ProjectCache } from './analyze';
import { computeTables } from './features/computedTables';
import { computeCoverage } from './features/coverage';
import { reportFigures } from './features/figures';
import type { FigureExport } from './features/figures';
import type { Coverage } from './features/coverage';
import type { ComputedTable } from './features/computedTables';
import type { LocateFn } from './tables/locate';
import { codeActions } from './features/codeActions';
import type { CodeAction } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import type { Lens } from './features/codeLens';
import { complete } from './features/completion';
import type { CompletionItem } from './features/completion';
import { hover } from './features/hover';
import type { Hover } from './features/hover';
import { definition, references } from './features/navigation';
import { documentSymbols, foldingRanges } from './features/outline';
import type { OutlineSymbol } from './features/outline';
import { checkMarksFor, noPreview, renderPreview } from './features/preview';
import { renderReport } from './render/report';
import type { RenderedReport } from './render/report';
import type { Preview } from './features/preview';
import type { Language, Location } from './problems';
import { deriveSchema } from './derived/derivedSchema';
import type { DerivedSchema } from './derived/derivedSchema';
import type { RequirementSet } from './model/types';
import type { Problem } from './problems';
import { referencedUris } from './project';
import { DEFAULT_SETTINGS } from './settings';
import type { ServiceSettings } from './settings';
import { Workspace } from './workspace';
import type { FileState, SourceFile } from './workspace';

export interface LanguageService {
  readonly settings: ServiceSettings;
  configure(settings: Partial<ServiceSettings>): void;
  /** Adds or replaces a file; cheap when the text did not change. */
  setFile(file: SourceFile): FileState;
  removeFile(uri: string): void;
  getFile(uri: string): FileState | undefined;
  uris(): string[];
  /** Files a file refers to (a manifest's requirement set and chapters), for the caller to load. */
  referencedUris(uri: string): string[];
  /** The analysis of every file, recomputed only after a change. */
  analyze(): Analysis;
  /** Counts the analyses made: a new number means the findings (and the preview) may have changed. */
  readonly generation: number;
  problems(uri: string): readonly Problem[];
  /** The derived schema of a requirement set file. */
  derivedSchema(uri: string): DerivedSchema | undefined;
  /** The analysed report a file belongs to (as manifest, requirement set or chapter). */
  projectFor(uri: string): ProjectAnalysis | undefined;
  /**
   * The preview of a file: its chapter, or the whole report for the manifest or the letter, rendered with
   * the findings marked and every element tied to its source; for a file of no report, a message.
   */
  preview(uri: string): Preview;
  /**
   * The whole report of a manifest as a page, as `regbrev render` prints it; with `checks`, the findings
   * marked on the figures and each table's count of checked figures, as the preview shows them.
   */
  render(manifestUri: string, options: ReportRenderOptions): RenderedReport | undefined;
  /**
   * What the letter asks and where the report answers it: every report's coverage, or only the report
   * a file belongs to. Reports without a requirement set have none.
   */
  coverage(uri?: string): Coverage[];
  /** The computed tables of a file, or of the whole report when given its manifest. */
  computedTables(uri: string): ComputedTable[];
  /**
   * Every cell of the report a file belongs to as data (`tabeller.json`, `regbrev export`): the printed
   * figure, its interval, whether a check compares it; undefined for a file of no report.
   */
  figures(uri: string, language?: Language): FigureExport | undefined;
  /** Resolves model origins to text ranges of the files the service holds. */
  locate(): LocateFn;
  complete(uri: string, offset: number): CompletionItem[];
  hover(uri: string, offset: number): Hover | undefined;
  definition(uri: string, offset: number): Location[];
  references(uri: string, offset: number, includeDeclaration: boolean): Location[];
  documentSymbols(uri: string): OutlineSymbol[];
  foldingRanges(uri: string): { start: number; end: number }[];
  codeLenses(uri: string): Lens[];
  codeActions(uri: string, range: { start: number; end: number }): CodeAction[];
}

export interface ReportRenderOptions {
  /** The language of the words the renderer adds; the settings' language when not given. */
  readonly language?: Language;
  readonly title?: string;
  /** A complete HTML document (the default), or the body's content only. */
  readonly standalone?: boolean;
  readonly checks?: boolean;
}

export function createLanguageService(settings: Partial<ServiceSettings> = {}): LanguageService {
  const ws = new Workspace();
  let current: ServiceSettings = { ...DEFAULT_SETTINGS, ...settings };
  let analysis: Analysis | undefined;
  let generation = 0;
  const projectCache: ProjectCache = new Map();
  const invalidate = () => {
    analysis = undefined;
  };
  return {
    get settings() {
      return current;
    },
    configure(next) {
      current = { ...current, ...next };
      invalidate();
    },
    setFile(file) {
      const before = ws.get(file.uri);
      const state = ws.update(file);
      if (state !== before) invalidate();
      return state;
    },
    removeFile(uri) {
      if (ws.get(uri)) {
        ws.remove(uri);
        invalidate();
      }
    },
    getFile: (uri) => ws.get(uri),
    uris: () => ws.uris(),
    referencedUris(uri) {
      const f = ws.get(uri);
      return f ? referencedUris(f) : [];
    },
    analyze() {
      if (!analysis) {
        analysis = analyzeWorkspace(ws, current, projectCache);
        generation++;
      }
      return analysis;
    },
    get generation() {
      return generation;
    },
    problems(uri) {
      return this.analyze().problems.get(uri) ?? [];
    },
    derivedSchema(uri) {
      const f = ws.get(uri);
      return f?.kind === 'regleringsbrev' && f.model ? deriveSchema(f.model as RequirementSet) : undefined;
    },
    projectFor(uri) {
      return this.analyze().projects.find((p) => p.project.uris.includes(uri));
    },
    preview(uri) {
      const pa = this.projectFor(uri);
      return pa ? renderPreview(pa, makeLocate(ws), uri, (u) => this.problems(u), current.language) : noPreview(uri, current.language);
    },
    render(manifestUri, options) {
      const pa = this.analyze().projects.find((p) => p.project.manifest.uri === manifestUri);
      if (!pa) return undefined;
      const language = options.language ?? current.language;
      return renderReport(pa, makeLocate(ws), {
        language,
        title: options.title,
        standalone: options.standalone ?? true,
        checks: options.checks ? checkMarksFor(pa, (u) => this.problems(u), language) : undefined,
      });
    },
    coverage(uri) {
      const projects = this.analyze().projects.filter((p) => uri === undefined || p.project.uris.includes(uri));
      return projects.flatMap((p) => computeCoverage(p, makeLocate(ws)) ?? []);
    },
    computedTables(uri) {
      const pa = this.projectFor(uri);
      return pa ? computeTables(pa, makeLocate(ws), uri, current.language) : [];
    },
    figures(uri, language) {
      const pa = this.projectFor(uri);
      if (!pa) return undefined;
      try {
        return reportFigures(pa, makeLocate(ws), language ?? current.language);
      } catch {
        // A model too broken to compute is reported by the checks; there are then no figures to give.
        return undefined;
      }
    },
    locate() {
      return makeLocate(ws);
    },
    complete(uri, offset) {
      const f = ws.get(uri);
      return f ? complete(f, offset, this.projectFor(uri), current.language) : [];
    },
    hover(uri, offset) {
      const f = ws.get(uri);
      return f ? hover(f, offset, this.projectFor(uri), makeLocate(ws), current.language) : undefined;
    },
    definition(uri, offset) {
      const f = ws.get(uri);
      return f ? definition(f, offset, this.projectFor(uri), makeLocate(ws)) : [];
    },
    references(uri, offset, includeDeclaration) {
      const f = ws.get(uri);
      return f ? references(f, offset, this.projectFor(uri), makeLocate(ws), includeDeclaration) : [];
    },
    documentSymbols(uri) {
      const f = ws.get(uri);
      return f ? documentSymbols(f, makeLocate(ws), current.language) : [];
    },
    foldingRanges(uri) {
      const f = ws.get(uri);
      return f ? foldingRanges(f) : [];
    },
    codeLenses(uri) {
      const f = ws.get(uri);
      return f ? codeLenses(f, this.projectFor(uri), makeLocate(ws), current.language) : [];
    },
    codeActions(uri, range) {
      return codeActions(uri, range, this.problems(uri), this.projectFor(uri), (u) => ws.get(u), current.language);
    },
  };
}

export type { FigureExport, FigureRecord } from './features/figures';
export type { Analysis, CodeAction, Coverage, Preview, RenderedReport, CompletionItem, ComputedTable, Hover, Lens, Location, OutlineSymbol, Problem, ProjectAnalysis, ServiceSettings, SourceFile };
