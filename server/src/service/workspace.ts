// The files the service was handed, each parsed, classified, validated against its schema and built
// into a model once per text. Editing one file re-does this work for that file only.
import { buildChapter } from './model/chapter';
import { buildManifest } from './model/manifest';
import { buildRequirementSet } from './model/requirementSet';
import type { Chapter, FileKind, Manifest, RequirementSet } from './model/types';
import type { Problem } from './problems';
import { isFileKind } from './schema/schemas';
import { validateSchema } from './schema/validate';
import { parseYaml } from './yaml/parse';
import type { ParsedYaml } from './yaml/parse';

export interface SourceFile {
  readonly uri: string;
  readonly text: string;
}

export interface FileState {
  readonly uri: string;
  readonly text: string;
  readonly parsed: ParsedYaml;
  /** The file's kind from its `typ`, or undefined when it is not a regbrev file. */
  readonly kind?: FileKind;
  readonly schemaProblems: readonly Problem[];
  readonly model?: RequirementSet | Manifest | Chapter;
}

function kindOf(value: unknown): FileKind | undefined {
  const typ = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).typ : undefined;
  return isFileKind(typ) ? typ : undefined;
}

export function loadFile(file: SourceFile): FileState {
  const parsed = parseYaml(file.uri, file.text);
  const kind = kindOf(parsed.value);
  if (!kind) return { uri: file.uri, text: file.text, parsed, schemaProblems: [] };
  // A file with syntax errors is read only partly; schema errors about the parts that are missing would
  // only bury the syntax error, so the schema waits until the YAML reads.
  const schemaProblems = parsed.problems.length > 0 ? [] : validateSchema(parsed, kind);
  const model =
    kind === 'regleringsbrev' ? buildRequirementSet(file.uri, parsed.value)
      : kind === 'årsredovisning' ? buildManifest(file.uri, parsed.value)
        : buildChapter(file.uri, parsed.value);
  return { uri: file.uri, text: file.text, parsed, kind, schemaProblems, model };
}

/** A set of files with a per-file cache: `update` re-loads a file only when its text changed. */
export class Workspace {
  private readonly files = new Map<string, FileState>();

  update(file: SourceFile): FileState {
    const known = this.files.get(file.uri);
    if (known && known.text === file.text) return known;
    const state = loadFile(file);
    this.files.set(file.uri, state);
    return state;
  }

  remove(uri: string): void {
    this.files.delete(uri);
  }

  get(uri: string): FileState | undefined {
    return this.files.get(uri);
  }

  all(): FileState[] {
    return [...this.files.values()];
  }

  uris(): string[] {
    return [...this.files.keys()];
  }
}
