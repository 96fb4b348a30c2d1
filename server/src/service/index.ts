// The language service: the one entry point the LSP layer and the CLI use. It holds the files it was
// handed, re-analyses lazily after a change, and never does I/O or throws on bad input: every entry point
// is guarded, so that a failure inside one answers with its empty result and is reported to `onError`
// (the language server logs it, the fuzzer counts it) instead of reaching the caller.
import { analyzeWorkspace, analyzeWorkspaceInSteps, makeLocate } from './analyze';
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
import { complete as completeAt } from './features/completion';
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
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_NODES, DEFAULT_SETTINGS, limitOr } from './settings';
import type { ServiceSettings } from './settings';
import { Workspace } from './workspace';
import type { ErrorSink, FileState, SourceFile } from './workspace';

export interface LanguageService {
  readonly settings: ServiceSettings;
  configure(settings: Partial<ServiceSettings>): void;
  /** Stores a file's text; it is parsed and checked when first needed. Cheap when the text did not change. */
  setFile(file: SourceFile): void;
  removeFile(uri: string): void;
  getFile(uri: string): FileState | undefined;
  uris(): string[];
  /** Files a file refers to (a manifest's requirement set and chapters), for the caller to load. */
  referencedUris(uri: string): string[];
  /** The analysis of every file, recomputed only after a change. */
  analyze(): Analysis;
  /** Counts the analyses made: a new number means the findings (and the preview) may have changed. */
  readonly generation: number;
  /**
   * The same analysis, to be run in slices by a caller that must stay responsive (the language server):
   * `run` does steps while `shouldYield` says no and returns the analysis once done. The job is superseded
   * when a text or setting changed after it started; its result is then never adopted, and what it did is
   * not lost (files loaded and tables evaluated are kept by content for the next job).
   */
  startAnalysis(): AnalysisJob;
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

export interface AnalysisJob {
  readonly superseded: boolean;
  run(shouldYield: () => boolean): Analysis | undefined;
}

export interface ServiceHooks {
  /** Told of every failure the service caught inside itself: where, and the error. */
  readonly onError?: ErrorSink;
}

/** Settings as handed in, with the limits made safe (a positive whole number, else the default). */
function complete(settings: ServiceSettings): ServiceSettings {
  return { ...settings, maxFileSize: limitOr(settings.maxFileSize, DEFAULT_MAX_FILE_SIZE), maxNodes: limitOr(settings.maxNodes, DEFAULT_MAX_NODES) };
}

const EMPTY_ANALYSIS: Analysis = { projects: [], problems: new Map() };

export function createLanguageService(settings: Partial<ServiceSettings> = {}, hooks: ServiceHooks = {}): LanguageService {
  const report: ErrorSink = (where, error) => {
    try {
      hooks.onError?.(where, error);
    } catch {
      // A failing error sink must not turn a guarded failure into a thrown one.
    }
  };
  /** Runs an entry point; a failure is reported and answered with the entry point's empty result. */
  const guard = <T>(where: string, empty: () => T, run: () => T): T => {
    try {
      return run();
    } catch (e) {
      report(where, e);
      return empty();
    }
  };
  const ws = new Workspace(report);
  let current: ServiceSettings = complete({ ...DEFAULT_SETTINGS, ...settings });
  ws.setLimits(current);
  let analysis: Analysis | undefined;
  let generation = 0;
  /** Grows with every change of a text or a setting, so that a job knows when it is out of date. */
  let revision = 0;
  const projectCache: ProjectCache = new Map();
  const invalidate = () => {
    analysis = undefined;
    revision++;
  };
  const adopt = (next: Analysis) => {
    analysis = next;
    generation++;
    return next;
  };
  return {
    get settings() {
      return current;
    },
    configure(next) {
      current = complete({ ...current, ...next });
      guard('configure', () => false, () => ws.setLimits(current));
      invalidate();
    },
    setFile(file) {
      if (ws.update(file)) invalidate();
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
      return guard('referencedUris', () => [], () => {
        const f = ws.get(uri);
        return f ? referencedUris(f) : [];
      });
    },
    analyze() {
      // A failure is not cached: the next call tries again, after the text that caused it has changed.
      return analysis ?? guard('analyze', () => EMPTY_ANALYSIS, () => adopt(analyzeWorkspace(ws, current, projectCache, report)));
    },
    startAnalysis() {
      const started = revision;
      const known = analysis;
      let steps: Generator<void, Analysis> | undefined;
      return {
        get superseded() {
          return revision !== started;
        },
        run(shouldYield) {
          if (revision !== started) return undefined;
          if (known) return known;
          if (analysis) return analysis;
          return guard('analyze', () => adopt(EMPTY_ANALYSIS), () => {
            steps ??= analyzeWorkspaceInSteps(ws, current, projectCache, report);
            for (;;) {
              const next = steps.next();
              if (next.done) return adopt(next.value);
              if (shouldYield()) return undefined;
            }
          });
        },
      };
    },
    get generation() {
      return generation;
    },
    problems(uri) {
      return this.analyze().problems.get(uri) ?? [];
    },
    derivedSchema(uri) {
      return guard('derivedSchema', () => undefined, () => {
        const f = ws.get(uri);
        return f?.kind === 'regleringsbrev' && f.model ? deriveSchema(f.model as RequirementSet) : undefined;
      });
    },
    projectFor(uri) {
      return this.analyze().projects.find((p) => p.project.uris.includes(uri));
    },
    preview(uri) {
      return guard('preview', () => noPreview(uri, current.language), () => {
        const pa = this.projectFor(uri);
        return pa ? renderPreview(pa, makeLocate(ws), uri, (u) => this.problems(u), current.language) : noPreview(uri, current.language);
      });
    },
    render(manifestUri, options) {
      return guard('render', () => undefined, () => {
        const pa = this.analyze().projects.find((p) => p.project.manifest.uri === manifestUri);
        if (!pa) return undefined;
        const language = options.language ?? current.language;
        return renderReport(pa, makeLocate(ws), {
          language,
          title: options.title,
          standalone: options.standalone ?? true,
          checks: options.checks ? checkMarksFor(pa, (u) => this.problems(u), language) : undefined,
        });
      });
    },
    coverage(uri) {
      return guard('coverage', () => [], () => {
        const projects = this.analyze().projects.filter((p) => uri === undefined || p.project.uris.includes(uri));
        return projects.flatMap((p) => computeCoverage(p, makeLocate(ws)) ?? []);
      });
    },
    computedTables(uri) {
      return guard('computedTables', () => [], () => {
        const pa = this.projectFor(uri);
        return pa ? computeTables(pa, makeLocate(ws), uri, current.language) : [];
      });
    },
    figures(uri, language) {
      // A model too broken to compute is reported by the checks; there are then no figures to give.
      return guard('figures', () => undefined, () => {
        const pa = this.projectFor(uri);
        return pa ? reportFigures(pa, makeLocate(ws), language ?? current.language) : undefined;
      });
    },
    locate() {
      return makeLocate(ws);
    },
    // The features below answer nothing for a file beyond the limits: it was not read.
    complete(uri, offset) {
      return guard('complete', () => [], () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? completeAt(f, offset, () => this.projectFor(uri), current.language) : [];
      });
    },
    hover(uri, offset) {
      return guard('hover', () => undefined, () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? hover(f, offset, () => this.projectFor(uri), makeLocate(ws), current.language) : undefined;
      });
    },
    definition(uri, offset) {
      return guard('definition', () => [], () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? definition(f, offset, this.projectFor(uri), makeLocate(ws)) : [];
      });
    },
    references(uri, offset, includeDeclaration) {
      return guard('references', () => [], () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? references(f, offset, this.projectFor(uri), makeLocate(ws), includeDeclaration) : [];
      });
    },
    documentSymbols(uri) {
      return guard('documentSymbols', () => [], () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? documentSymbols(f, makeLocate(ws), current.language) : [];
      });
    },
    foldingRanges(uri) {
      return guard('foldingRanges', () => [], () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? foldingRanges(f) : [];
      });
    },
    codeLenses(uri) {
      return guard('codeLenses', () => [], () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? codeLenses(f, this.projectFor(uri), makeLocate(ws), current.language) : [];
      });
    },
    codeActions(uri, range) {
      return guard('codeActions', () => [], () => codeActions(uri, range, this.problems(uri), this.projectFor(uri), (u) => ws.get(u), current.language));
    },
  };
}

export type { FigureExport, FigureRecord } from './features/figures';
export type { Analysis, CodeAction, Coverage, Preview, RenderedReport, CompletionItem, ComputedTable, Hover, Lens, Location, OutlineSymbol, Problem, ProjectAnalysis, ServiceSettings, SourceFile };
