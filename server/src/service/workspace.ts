// The files the service was handed, each parsed, classified, validated against its schema and built
// into a model once per text. Editing one file re-does this work for that file only. A file beyond the
// limits (size, node count) is not parsed further than needed to know it is: it gets one finding.
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_NODES } from './settings';
import { countNodes, nodesProblem, sizeProblem, utf8Length } from './limits';
import type { LimitProblem, Limits } from './limits';
import { buildChapter } from './model/chapter';
import { buildManifest } from './model/manifest';
import { buildRequirementSet } from './model/requirementSet';
import type { Chapter, FileKind, Manifest, RequirementSet } from './model/types';
import { isFileKind } from './schema/schemas';
import { validateSchema } from './schema/validate';
import type { SchemaProblem } from './schema/validate';
import { parseYaml } from './yaml/parse';
import { reparseYaml } from './yaml/reparse';
import type { ParsedYaml } from './yaml/parse';

export interface SourceFile {
  readonly uri: string;
  readonly text: string;
  /**
   * The file's size in bytes when the caller knows it without reading the file (from the disk). A caller
   * that finds a file beyond the limit may then hand in an empty text and the size alone.
   */
  readonly size?: number;
}

interface LoadedFile {
  readonly uri: string;
  readonly text: string;
  readonly parsed: ParsedYaml;
  readonly schemaProblems: readonly SchemaProblem[];
  /** The size the caller gave, kept so that an unchanged file is not loaded again. */
  readonly size?: number;
  readonly overLimit?: false;
  readonly limitProblem?: undefined;
}

/**
 * A file as loaded: by its kind (its `typ`), with the model of that kind, which is undefined only when
 * the builder failed on the file (the failure is reported to the error sink); a YAML file that is no
 * regbrev file; or a file beyond the limits, which was not analysed and carries the finding that says so.
 */
export type FileState =
  | (LoadedFile & { readonly kind: 'regleringsbrev'; readonly model?: RequirementSet })
  | (LoadedFile & { readonly kind: 'årsredovisning' | 'redovisning'; readonly model?: Manifest })
  | (LoadedFile & { readonly kind: 'kapitel'; readonly model?: Chapter })
  | (LoadedFile & { readonly kind?: undefined; readonly model?: undefined })
  | OverLimitFile;

interface OverLimitFile extends Omit<LoadedFile, 'overLimit' | 'limitProblem'> {
  readonly kind?: undefined;
  readonly model?: undefined;
  readonly overLimit: true;
  readonly limitProblem: LimitProblem;
}

/** Reports an internal failure of the service to whoever created it (the LSP logs it, the fuzzer counts it). */
export type ErrorSink = (where: string, error: unknown) => void;

function kindOf(value: unknown): FileKind | undefined {
  const typ = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).typ : undefined;
  return isFileKind(typ) ? typ : undefined;
}

const DEFAULT_LIMITS: Limits = { maxFileSize: DEFAULT_MAX_FILE_SIZE, maxNodes: DEFAULT_MAX_NODES };

/** The state of a file beyond a limit: an empty document that carries the limit's finding. */
function overLimit(file: SourceFile, problem: LimitProblem): FileState {
  const parsed = parseYaml(file.uri, '');
  return { uri: file.uri, text: file.text, parsed: { ...parsed, text: file.text }, schemaProblems: [], overLimit: true, limitProblem: problem, size: file.size };
}

/**
 * Loads a file: parse, kind, schema, model. With the state of an earlier text of the same file, an edit
 * that falls inside one item is re-read alone (yaml/reparse.ts); that earlier state's document is then
 * taken over and must not be used again.
 */
function loadFile(file: SourceFile, limits: Limits = DEFAULT_LIMITS, onError?: ErrorSink, previous?: FileState): FileState {
  const size = file.size ?? utf8Length(file.text, limits.maxFileSize);
  if (size > limits.maxFileSize) {
    return overLimit(file, sizeProblem(file.uri, file.text, file.size ?? utf8Length(file.text), limits.maxFileSize));
  }
  const reused = previous && !previous.overLimit ? reparseYaml(previous.parsed, file.text) : undefined;
  const parsed = reused ?? parseYaml(file.uri, file.text);
  if (countNodes(parsed.doc, limits.maxNodes) > limits.maxNodes) return overLimit(file, nodesProblem(file.uri, file.text, limits.maxNodes));
  const kind = kindOf(parsed.value);
  const plain: FileState = { uri: file.uri, text: file.text, parsed, schemaProblems: [], size: file.size };
  if (!kind) return plain;
  try {
    // A file with syntax errors is read only partly; schema errors about the parts that are missing would
    // only bury the syntax error, so the schema waits until the YAML reads.
    const schemaProblems = parsed.problems.length > 0 ? [] : validateSchema(parsed, kind);
    const loaded = { ...plain, schemaProblems };
    if (kind === 'regleringsbrev') return { ...loaded, kind, model: buildRequirementSet(file.uri, parsed.value) };
    if (kind === 'årsredovisning' || kind === 'redovisning') return { ...loaded, kind, model: buildManifest(file.uri, parsed.value, kind) };
    return { ...loaded, kind, model: buildChapter(file.uri, parsed.value) };
  } catch (e) {
    // The model builders take any data; should one still fail, the file is kept as one without a model
    // rather than failing every file handed in after it.
    onError?.('loadFile', e);
    return { ...plain, kind };
  }
}

/**
 * A set of files. Handing in a text only stores it: the file is parsed, validated and built into a model
 * when it is first asked for, once per text, so that a burst of keystrokes costs one load, and a request
 * about one file (folding, symbols, key completion) loads that file only.
 */
export class Workspace {
  private readonly files = new Map<string, { source: SourceFile; state?: FileState; previous?: FileState }>();
  private limits: Limits = DEFAULT_LIMITS;

  constructor(private readonly onError?: ErrorSink) {}

  /** Stores a file's text; true when it differs from the text held (the file will be loaded again). */
  update(file: SourceFile): boolean {
    const known = this.files.get(file.uri);
    if (known && known.source.text === file.text && known.source.size === file.size) return false;
    // The last loaded state is kept for its document, from which the new text may be re-read in part.
    this.files.set(file.uri, { source: file, previous: known?.state ?? known?.previous });
    return true;
  }

  /** New limits re-load every file, since any of them may now be on the other side of one. */
  setLimits(limits: Limits): boolean {
    if (limits.maxFileSize === this.limits.maxFileSize && limits.maxNodes === this.limits.maxNodes) return false;
    this.limits = limits;
    for (const [uri, entry] of this.files) this.files.set(uri, { source: entry.source });
    return true;
  }

  remove(uri: string): void {
    this.files.delete(uri);
  }

  /** The file's state, loaded now if its text is new. */
  get(uri: string): FileState | undefined {
    const entry = this.files.get(uri);
    if (!entry) return undefined;
    if (!entry.state) {
      entry.state = loadFile(entry.source, this.limits, this.onError, entry.previous);
      entry.previous = undefined;
    }
    return entry.state;
  }

  /** Whether the file's current text has been loaded (for tests of the laziness). */
  isLoaded(uri: string): boolean {
    return this.files.get(uri)?.state !== undefined;
  }

  /** The text held for a file, without loading it. */
  text(uri: string): string | undefined {
    return this.files.get(uri)?.source.text;
  }

  all(): FileState[] {
    return [...this.files.keys()].map((uri) => this.get(uri)!);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }
}
