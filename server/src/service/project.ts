// Groups the workspace's files into reports: each manifest with its requirement set and chapters.
import { allSections } from './model/chapter';
import type { Chapter, Manifest, RequirementSet, Section, Table } from './model/types';
import type { FileState, Workspace } from './workspace';

export interface Project {
  readonly manifest: Manifest;
  readonly manifestFile: FileState;
  readonly requirementSet?: RequirementSet;
  readonly requirementSetUri?: string;
  readonly chapters: readonly Chapter[];
  /** Chapter paths of the manifest that resolve to no loaded file, with their origins. */
  readonly missing: readonly { readonly uri: string; readonly path: string; readonly origin: Manifest['chapters'][number]['origin']; readonly notAChapter?: boolean }[];
  /** Chapter entries of the manifest that name a file listed before. */
  readonly repeated: readonly { readonly uri: string; readonly path: string; readonly origin: Manifest['chapters'][number]['origin'] }[];
  readonly sections: readonly Section[];
  readonly tables: readonly Table[];
  /** Every file of the project, the manifest first. */
  readonly uris: readonly string[];
  /** Files of the project that YAML could not read completely: what they lack cannot be judged. */
  readonly broken: readonly string[];
}

/** Resolves a path written in a file against that file's URI, without touching the disk. */
export function resolveUri(base: string, path: string): string {
  try {
    return new URL(path, base).toString();
  } catch {
    return path;
  }
}

export function buildProjects(ws: Workspace): Project[] {
  const projects: Project[] = [];
  for (const file of ws.all()) {
    if (file.kind !== 'årsredovisning' || !file.model) continue;
    const manifest = file.model as Manifest;
    const rsUri = manifest.requirementSetPath ? resolveUri(file.uri, manifest.requirementSetPath) : undefined;
    const rsFile = rsUri ? ws.get(rsUri) : undefined;
    const requirementSet = rsFile?.kind === 'regleringsbrev' ? (rsFile.model as RequirementSet) : undefined;
    const chapters: Chapter[] = [];
    const missing: Project['missing'][number][] = [];
    const repeated: Project['repeated'][number][] = [];
    const seen = new Set<string>();
    for (const entry of manifest.chapters) {
      const uri = resolveUri(file.uri, entry.path);
      const ch = ws.get(uri);
      if (seen.has(uri)) {
        repeated.push({ uri, path: entry.path, origin: entry.origin });
        continue;
      }
      seen.add(uri);
      if (ch?.kind === 'kapitel' && ch.model) chapters.push(ch.model as Chapter);
      else missing.push({ uri, path: entry.path, origin: entry.origin, notAChapter: ch !== undefined });
    }
    const sections = chapters.flatMap((c) => [...allSections(c)]);
    const uris = [file.uri, ...(rsFile ? [rsFile.uri] : []), ...chapters.map((c) => c.uri)];
    // A duplicate key still leaves a readable document; only syntax errors hide parts of it.
    const broken = uris.filter((u) => ws.get(u)?.parsed.problems.some((p) => p.code === 'yaml-syntax'));
    const tables = sections.flatMap((s) => s.tables);
    projects.push({
      manifest,
      manifestFile: file,
      requirementSet,
      requirementSetUri: rsUri,
      chapters,
      missing,
      repeated,
      sections,
      tables,
      uris,
      broken,
    });
  }
  return projects.sort((a, b) => (a.manifest.uri < b.manifest.uri ? -1 : 1));
}

/** The URIs a file refers to (requirement set, chapters), so that a caller can load them from disk. */
export function referencedUris(file: FileState): string[] {
  if (file.kind !== 'årsredovisning' || !file.model) return [];
  const m = file.model as Manifest;
  return [
    ...(m.requirementSetPath ? [resolveUri(file.uri, m.requirementSetPath)] : []),
    ...m.chapters.map((c) => resolveUri(file.uri, c.path)),
  ];
}
