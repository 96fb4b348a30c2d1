// Diagnostics follow the text: after an edit the analysis starts at once (after a keystroke of typing, a
// moment later, in case another follows; while changes come in faster than analyses finish, after a
// short pause), runs in slices so that new messages are read between them, and
// is dropped as soon as a newer text arrives, so that findings of an older text are never published. Once
// an analysis is done, every file whose findings changed is published, and every open file once per
// version (an empty list included), each tagged with the version it was computed from; then
// `regbrev/analysis` tells previews and views to ask again.
import type { Connection } from 'vscode-languageserver/node';
import type { AnalysisJob, LanguageService, WorkspaceAnalysis } from '../service/index';
import { AnalysisNotification } from '../shared/protocol';
import { toDiagnostic } from './toLsp';
import type { WorkspaceIndex } from './workspaceIndex';

/** Edits closer together than this are one run of editing. */
const BURST_MS = 120;
/**
 * After a keystroke of typing the analysis waits this long for the next one: unseen, and long enough
 * that a quick burst of typing costs one analysis, not one per keystroke. Any other change (a replaced
 * figure, a paste, an undo, a quick fix) is analysed at once.
 */
const KEYSTROKE_MS = 35;
/**
 * While the analysis of the edit before is still pending (the author outruns it), the analysis waits
 * this long after the last change, so that a burst costs one or two analyses.
 */
const BURST_PAUSE_MS = 60;
/** An analysis runs in slices of about this long, reading the client's messages in between. */
const SLICE_MS = 8;

export class DiagnosticsScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private job: AnalysisJob | undefined;
  private lastChange = -Infinity;
  private readonly published = new Map<string, string>();
  private announced = -1;

  constructor(
    private readonly connection: Connection,
    private readonly service: LanguageService,
    private readonly index: WorkspaceIndex,
    private readonly log: (message: string) => void,
  ) {}

  /** A text, setting or file changed: analyse again, soon (after a `keystroke` of typing, a little later). */
  schedule(keystroke = false): void {
    const now = performance.now();
    const pending = this.job !== undefined || this.timer !== undefined;
    const wait = pending && now - this.lastChange < BURST_MS ? BURST_PAUSE_MS : keystroke ? KEYSTROKE_MS : 0;
    this.lastChange = now;
    this.job = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.guarded('starting an analysis', () => this.start());
    }, wait);
  }

  /** Runs a timer's or a handler's work; a failure is logged and never ends the server. */
  private guarded(what: string, run: () => void): void {
    try {
      run();
    } catch (e) {
      this.log(`regbrev: fel vid ${what} / failure while ${what}: ${(e as Error).stack ?? e}`);
    }
  }

  private start(): void {
    const job = this.service.startAnalysis();
    this.job = job;
    const slice = () => {
      this.guarded('analysing', () => {
        // A newer text (or a newer job) makes this one moot; its work is kept by content all the same.
        if (job !== this.job || job.superseded) return;
        const until = performance.now() + SLICE_MS;
        const analysis = job.run(() => performance.now() > until);
        if (analysis) {
          this.job = undefined;
          this.publish(analysis);
        } else {
          setImmediate(slice);
        }
      });
    };
    slice();
  }

  private publish(analysis: WorkspaceAnalysis): void {
    const settings = this.service.settings;
    // regbrev files, and files beyond the limits: whether those are regbrev files is not known, but their
    // finding must be seen.
    const ours = (u: string) => {
      const f = this.service.getFile(u);
      // A file meant to be a regbrev file (a misspelt typ) too: its one finding says why nothing is checked.
      return f?.kind !== undefined || f?.overLimit === true || f?.meantKind !== undefined;
    };
    const uris = new Set([...this.service.uris().filter(ours), ...this.published.keys()]);
    const docs = (u: string) => this.index.document(u);
    for (const uri of uris) {
      const problems = analysis.problems.get(uri) ?? [];
      const diagnostics = problems.flatMap((p) => {
        const d = toDiagnostic(p, docs, settings);
        return d ? [d] : [];
      });
      const version = this.index.version(uri);
      const key = `${version ?? ''}|${JSON.stringify(diagnostics)}`;
      if (this.published.get(uri) === key) continue;
      // An open file is published once per version, an empty list included, so that a client knows it
      // was checked; a closed file only when it has findings or had them.
      if (diagnostics.length === 0 && !this.published.has(uri) && version === undefined) continue;
      this.published.set(uri, key);
      void this.connection.sendDiagnostics({ uri, version, diagnostics });
    }
    // Previews and views render again once per analysis, after its findings are out.
    if (this.service.generation !== this.announced) {
      this.announced = this.service.generation;
      void this.connection.sendNotification(AnalysisNotification.type, { generation: this.announced });
    }
  }

  forget(uri: string): void {
    if (this.published.has(uri)) {
      this.published.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }
}
