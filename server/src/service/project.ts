// Groups the workspace's files into reports: each manifest with its requirement set and chapters.
import { allSections } from './model/chapter';
import type { Chapter, Manifest, Origin, RequirementSet, Section, Table } from './model/types';
import { pathProblem, resolveReportPath } from './paths';
import type { Message } from './problems';
import type { FileState, Workspace } from './workspace';

export interface Project {
  readonly manifest: Manifest;
  readonly manifestFile: FileState;
  readonly requirementSet?: RequirementSet;
  readonly requirementSetUri?: string;
  readonly chapters: readonly Chapter[];
  /** Chapter paths of the manifest that resolve to no loaded file, with their origins. */
  readonly missing: readonly { readonly uri: string; readonly path: string; readonly origin: Manifest['chapters'][number]['origin']; readonly notAChapter?: boolean }[];
  /** Paths of the manifest that are not plain relative paths inside the report, with why; never loaded. */
  readonly invalidPaths: readonly { readonly path: string; readonly origin: Origin; readonly reason: Message }[];
  /** Chapter entries of the manifest that name a file listed before. */
  readonly repeated: readonly { readonly uri: string; readonly path: string; readonly origin: Manifest['chapters'][number]['origin'] }[];
  readonly sections: readonly Section[];
  readonly tables: readonly Table[];
  /** Every file of the project, the manifest first. */
  readonly uris: readonly string[];
  /** Files the manifest names that are beyond the limits: each has its own finding and was not read. */
  readonly overLimit: readonly string[];
  /** Files of the project that YAML could not read completely: what they lack cannot be judged. */
  readonly broken: readonly string[];
}

/**
 * Resolves a path written in a file against that file's URI, without touching the disk: undefined for a
 * path outside the report (see paths.ts), and the path itself when the base is no hierarchical URI, so
 * that it names no file the service holds.
 */
export function resolveUri(base: string, path: string): string | undefined {
  if (pathProblem(path)) return undefined;
  return resolveReportPath(base, path) ?? path;
}

export function buildProjects(ws: Workspace): Project[] {
  const projects: Project[] = [];
  for (const file of ws.all()) {
    if ((file.kind !== 'årsredovisning' && file.kind !== 'redovisning') || !file.model) continue;
    const manifest = file.model;
    const invalidPaths: Project['invalidPaths'][number][] = [];
    const invalid = (path: string, origin: Origin): boolean => {
      const reason = pathProblem(path);
      if (reason) invalidPaths.push({ path, origin, reason });
      return reason !== undefined;
    };
    const rsPath = manifest.requirementSetPath;
    const rsUri = rsPath && !invalid(rsPath, manifest.requirementSetOrigin ?? { uri: file.uri, ptr: '/regleringsbrev' }) ? resolveUri(file.uri, rsPath) : undefined;
    const rsFile = rsUri ? ws.get(rsUri) : undefined;
    const requirementSet = rsFile?.kind === 'regleringsbrev' ? rsFile.model : undefined;
    const chapters: Chapter[] = [];
    const missing: Project['missing'][number][] = [];
    const repeated: Project['repeated'][number][] = [];
    const seen = new Set<string>();
    const overLimit: string[] = [];
    for (const entry of manifest.chapters) {
      const uri = invalid(entry.path, entry.origin) ? undefined : resolveUri(file.uri, entry.path);
      if (uri === undefined) continue;
      const ch = ws.get(uri);
      if (seen.has(uri)) {
        repeated.push({ uri, path: entry.path, origin: entry.origin });
        continue;
      }
      seen.add(uri);
      if (ch?.kind === 'kapitel' && ch.model) chapters.push(ch.model);
      // A file beyond the limits has its own finding; it is not also missing.
      else if (ch?.overLimit) overLimit.push(uri);
      else missing.push({ uri, path: entry.path, origin: entry.origin, notAChapter: ch !== undefined });
    }
    const sections = chapters.flatMap((c) => [...allSections(c)]);
    const uris = [file.uri, ...(rsFile ? [rsFile.uri] : []), ...chapters.map((c) => c.uri)];
    // A duplicate key still leaves a readable document; only syntax errors hide parts of it.
    // A file beyond the limits was not read at all, so what it lacks cannot be judged either.
    if (rsFile?.overLimit) overLimit.push(rsFile.uri);
    const broken = [...uris.filter((u) => ws.get(u)?.parsed.problems.some((p) => p.code === 'yaml-syntax')), ...overLimit];
    const tables = sections.flatMap((s) => s.tables);
    projects.push({
      manifest,
      manifestFile: file,
      requirementSet,
      requirementSetUri: rsUri,
      chapters,
      missing,
      invalidPaths,
      overLimit,
      repeated,
      sections,
      tables,
      uris,
      broken,
    });
  }
  return projects.sort((a, b) => (a.manifest.uri < b.manifest.uri ? -1 : 1));
}

const referenced = new WeakMap<FileState, readonly string[]>();

/**
 * The URIs a file refers to (requirement set, chapters), so that a caller can load them from disk; once
 * per text, as a CLI run over many reports asks for every manifest's while it finds the reports.
 */
export function referencedUris(file: FileState): readonly string[] {
  if ((file.kind !== 'årsredovisning' && file.kind !== 'redovisning') || !file.model) return [];
  let uris = referenced.get(file);
  if (!uris) {
    const m = file.model;
    // Only paths inside the report: a caller reads these from disk.
    uris = [m.requirementSetPath, ...m.chapters.map((c) => c.path)].flatMap((p) => {
      const uri = p === undefined ? undefined : resolveReportPath(file.uri, p);
      return uri === undefined ? [] : [uri];
    });
    referenced.set(file, uris);
  }
  return uris;
}
