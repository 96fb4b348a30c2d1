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
import type { Problem } from './problems';
import { referencedUris } from './project';
import { meantKindOf } from './rules/unknownKind';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_NODES, DEFAULT_SETTINGS, limitOr } from './settings';
import type { ServiceSettings } from './settings';
import { Workspace } from './workspace';
import { registerInternals } from './internal';
import type { FileKind } from './model/types';
import type { ErrorSink, SourceFile } from './workspace';

export interface LanguageService {
  readonly settings: ServiceSettings;
  configure(settings: Partial<ServiceSettings>): void;
  /** Stores a file's text; it is parsed and checked when first needed. Cheap when the text did not change. */
  setFile(file: SourceFile): void;
  removeFile(uri: string): void;
  /** A file handed in: its text and what kind of regbrev file it is. */
  getFile(uri: string): FileInfo | undefined;
  uris(): string[];
  /** Files a file refers to (a manifest's requirement set and chapters), for the caller to load. */
  referencedUris(uri: string): readonly string[];
  /** The findings of every file and the reports found, recomputed only after a change. */
  analyze(): WorkspaceAnalysis;
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
  /** The report a file belongs to (as manifest, requirement set or chapter). */
  reportOf(uri: string): ReportInfo | undefined;
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
  run(shouldYield: () => boolean): WorkspaceAnalysis | undefined;
}

/** A file as the service holds it. */
export interface FileInfo {
  readonly uri: string;
  readonly text: string;
  /** Its `typ`, when it is a regbrev file. */
  readonly kind?: FileKind;
  /** True when it is beyond a limit and was not analysed (its one finding says which). */
  readonly overLimit: boolean;
  /** For a file without a known kind that looks like one (rules/unknownKind.ts): the kind it was meant to be. */
  readonly meantKind?: FileKind;
}

/** A report: a manifest with its requirement set and chapters. */
export interface ReportInfo {
  readonly manifestUri: string;
  readonly requirementSetUri?: string;
  /** Every file of the report, the manifest first. */
  readonly uris: readonly string[];
}

/** What an analysis of the workspace found: the reports, and the problems per file URI (sorted). */
export interface WorkspaceAnalysis {
  readonly reports: readonly ReportInfo[];
  readonly problems: ReadonlyMap<string, readonly Problem[]>;
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

const plain = new WeakMap<Analysis, WorkspaceAnalysis>();

function reportInfo(pa: ProjectAnalysis): ReportInfo {
  return { manifestUri: pa.project.manifest.uri, requirementSetUri: pa.project.requirementSetUri, uris: pa.project.uris };
}

/** The analysis as plain data, made once per analysis. */
function plainAnalysis(a: Analysis): WorkspaceAnalysis {
  let p = plain.get(a);
  if (!p) {
    p = { reports: a.projects.map(reportInfo), problems: a.problems };
    plain.set(a, p);
  }
  return p;
}

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
  const analyzeAll = (): Analysis =>
    // A failure is not cached: the next call tries again, after the text that caused it has changed.
    analysis ?? guard('analyze', () => EMPTY_ANALYSIS, () => adopt(analyzeWorkspace(ws, current, projectCache, report)));
  const projectFor = (uri: string) => analyzeAll().projects.find((p) => p.project.uris.includes(uri));
  const problemsOf = (uri: string) => analyzeAll().problems.get(uri) ?? [];
  const service: LanguageService = {
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
    getFile(uri) {
      const f = ws.get(uri);
      if (!f) return undefined;
      const meantKind = meantKindOf(f);
      return { uri: f.uri, text: f.text, kind: f.kind, overLimit: f.overLimit === true, ...(meantKind ? { meantKind } : {}) };
    },
    uris: () => ws.uris(),
    referencedUris(uri) {
      return guard('referencedUris', () => [], () => {
        const f = ws.get(uri);
        return f ? referencedUris(f) : [];
      });
    },
    analyze() {
      return plainAnalysis(analyzeAll());
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
          if (known) return plainAnalysis(known);
          if (analysis) return plainAnalysis(analysis);
          const done = guard('analyze', () => adopt(EMPTY_ANALYSIS), () => {
            steps ??= analyzeWorkspaceInSteps(ws, current, projectCache, report);
            for (;;) {
              const next = steps.next();
              if (next.done) return adopt(next.value);
              if (shouldYield()) return undefined;
            }
          });
          return done && plainAnalysis(done);
        },
      };
    },
    get generation() {
      return generation;
    },
    problems: problemsOf,
    derivedSchema(uri) {
      return guard('derivedSchema', () => undefined, () => {
        const f = ws.get(uri);
        return f?.kind === 'regleringsbrev' && f.model ? deriveSchema(f.model) : undefined;
      });
    },
    reportOf(uri) {
      const pa = projectFor(uri);
      return pa && reportInfo(pa);
    },
    preview(uri) {
      return guard('preview', () => noPreview(uri, current.language), () => {
        const pa = projectFor(uri);
        return pa ? renderPreview(pa, makeLocate(ws), uri, problemsOf, current.language) : noPreview(uri, current.language);
      });
    },
    render(manifestUri, options) {
      return guard('render', () => undefined, () => {
        const pa = analyzeAll().projects.find((p) => p.project.manifest.uri === manifestUri);
        if (!pa) return undefined;
        const language = options.language ?? current.language;
        return renderReport(pa, makeLocate(ws), {
          language,
          title: options.title,
          standalone: options.standalone ?? true,
          checks: options.checks ? checkMarksFor(pa, problemsOf, language) : undefined,
        });
      });
    },
    coverage(uri) {
      return guard('coverage', () => [], () => {
        const all = analyzeAll().projects;
        const projects = all.filter((p) => uri === undefined || p.project.uris.includes(uri));
        return projects.flatMap((p) => computeCoverage(p, makeLocate(ws), all) ?? []);
      });
    },
    computedTables(uri) {
      return guard('computedTables', () => [], () => {
        const pa = projectFor(uri);
        return pa ? computeTables(pa, makeLocate(ws), uri, current.language) : [];
      });
    },
    figures(uri, language) {
      // A model too broken to compute is reported by the checks; there are then no figures to give.
      return guard('figures', () => undefined, () => {
        const pa = projectFor(uri);
        return pa ? reportFigures(pa, makeLocate(ws), language ?? current.language) : undefined;
      });
    },
    // The features below answer nothing for a file beyond the limits: it was not read.
    complete(uri, offset) {
      return guard('complete', () => [], () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? completeAt(f, offset, () => projectFor(uri), current.language) : [];
      });
    },
    hover(uri, offset) {
      return guard('hover', () => undefined, () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? hover(f, offset, () => projectFor(uri), makeLocate(ws), current.language) : undefined;
      });
    },
    definition(uri, offset) {
      return guard('definition', () => [], () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? definition(f, offset, projectFor(uri), makeLocate(ws)) : [];
      });
    },
    references(uri, offset, includeDeclaration) {
      return guard('references', () => [], () => {
        const f = ws.get(uri);
        return f && !f.overLimit ? references(f, offset, projectFor(uri), makeLocate(ws), includeDeclaration) : [];
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
        return f && !f.overLimit ? codeLenses(f, analyzeAll().projects, makeLocate(ws), current.language) : [];
      });
    },
    codeActions(uri, range) {
      return guard('codeActions', () => [], () => codeActions(uri, range, problemsOf(uri), projectFor(uri), (u) => ws.get(u), current.language));
    },
  };
  registerInternals(service, { analysis: analyzeAll, projectFor, fileState: (uri) => ws.get(uri), locate: () => makeLocate(ws) });
  return service;
}

export type { FigureExport, FigureRecord } from './features/figures';
export type { CodeAction, Coverage, Preview, RenderedReport, CompletionItem, ComputedTable, Hover, Lens, Location, OutlineSymbol, Problem, ServiceSettings, SourceFile };
// What the language server and the command line need besides the service: the rules, the settings'
// defaults, the problem type's helpers and the coverage's words. They import nothing else of the service.
export { RULES, isRuleCode } from './rules/registry';
export type { RuleInfo, RuleCode } from './rules/registry';
export { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_NODES, limitOr, docsUrl } from './settings';
export type { SeveritySetting } from './settings';
export { compareProblems } from './problems';
export type { Language, Message, Severity } from './problems';
export { closestName } from './text/distance';
export { COVERAGE_STATUS, INDICATOR_STATUS } from './features/coverage';
export type { CoveragePlace } from './features/coverage';
export { COVERAGE_WORDS, coverageSummaryLines, goalVerdict, partStatusText, placeLabel, REQUIREMENT_KIND, requirementStatusText } from './features/coverageText';
export type { DocumentInfo } from './render/report';
