// The CLI's file access: finds the YAML files under the given paths and patterns, hands them to the
// service, follows manifests to the requirement set and chapters they name, finds the report around a
// file given on stdin, and writes output files.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LanguageService } from '../service/index';
import { globBase, globToRegExp, isGlob } from './glob';

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);
const YAML = /\.ya?ml$/i;

export class UsageError extends Error {}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (YAML.test(entry.name)) out.push(path);
  }
}

/** Every file and folder below `dir` (not into skipped folders), for matching against a pattern. */
function walkAll(dir: string, out: { path: string; dir: boolean }[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    out.push({ path, dir: entry.isDirectory() });
    if (entry.isDirectory()) walkAll(path, out);
  }
}

const slashes = (p: string): string => p.split(sep).join('/');

/** The YAML files a pattern matches; a matching folder contributes every YAML file below it. */
function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = slashes(pattern).replace(/^(\.\/)+/, '');
  const base = resolve(cwd, globBase(normalized));
  if (!existsSync(base) || !statSync(base).isDirectory()) return [];
  const re = globToRegExp(normalized);
  const entries: { path: string; dir: boolean }[] = [];
  walkAll(base, entries);
  const out: string[] = [];
  for (const e of entries) {
    const shown = isAbsolute(normalized) ? slashes(e.path) : slashes(relative(cwd, e.path));
    if (!re.test(shown)) continue;
    if (e.dir) walk(e.path, out);
    else if (YAML.test(e.path)) out.push(e.path);
  }
  return out;
}

/**
 * Expands the paths and patterns of the command line into YAML files. A missing path, or a pattern that
 * matches no YAML file, is a usage error: a CI job that checks nothing must not pass silently.
 */
export function findFiles(paths: readonly string[], cwd: string = process.cwd()): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (existsSync(abs)) {
      if (statSync(abs).isDirectory()) walk(abs, files);
      else files.push(abs);
    } else if (isGlob(p)) {
      const matched = expandGlob(p, cwd);
      if (matched.length === 0) throw new UsageError(`Inga YAML-filer matchar mönstret / no YAML files match the pattern: ${p}`);
      files.push(...matched);
    } else {
      throw new UsageError(`Sökvägen finns inte / path does not exist: ${p}`);
    }
  }
  return [...new Set(files)].sort();
}

export const toUri = (path: string): string => pathToFileURL(path).toString();
export const toPath = (uri: string): string => (uri.startsWith('file:') ? fileURLToPath(uri) : uri);
/** A file's path relative to the working directory, with `/` on every platform, as every format prints it. */
export const displayPath = (uri: string, cwd: string = process.cwd()): string => slashes(relative(cwd, toPath(uri)) || toPath(uri));

export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Loads the files, then whatever manifests among them refer to; returns the URIs asked for. Texts in
 * `overlay` (by URI) are used instead of the disk, for a file read from stdin.
 */
export function loadIntoService(service: LanguageService, files: readonly string[], overlay: ReadonlyMap<string, string> = new Map()): string[] {
  const requested = files.map(toUri);
  const queue = [...requested, ...overlay.keys()];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const uri = queue.shift()!;
    if (seen.has(uri)) continue;
    seen.add(uri);
    const text = overlay.get(uri) ?? readText(toPath(uri));
    if (text === undefined) continue;
    service.setFile({ uri, text });
    for (const ref of service.referencedUris(uri)) if (!seen.has(ref)) queue.push(ref);
  }
  return requested;
}

const MAX_LEVELS_UP = 4;
const MANIFEST = /^typ:\s*["']?årsredovisning["']?\s*(#.*)?$/m;

/**
 * Finds the report a file belongs to when only that file is named (as with stdin): looks for a manifest
 * that lists it in the file's folder and then in each folder above, and loads that manifest's report.
 * Stops at the first folder that holds a `.git` or `package.json`, and after a few levels, so that a
 * stray file does not make regbrev read the whole disk: chapters sit at most a folder or two below their
 * manifest.
 */
export function loadReportAround(service: LanguageService, uri: string, overlay: ReadonlyMap<string, string>): void {
  const belongs = () =>
    service.getFile(uri)?.kind === 'årsredovisning' ||
    service.uris().some((u) => service.getFile(u)?.kind === 'årsredovisning' && service.referencedUris(u).includes(uri));
  let dir = dirname(toPath(uri));
  for (let level = 0; level < MAX_LEVELS_UP; level++) {
    if (belongs()) return;
    if (existsSync(dir) && statSync(dir).isDirectory()) {
      const manifests = readdirSync(dir)
        .filter((n) => YAML.test(n))
        .map((n) => join(dir, n))
        .filter((p) => !overlay.has(toUri(p)) && MANIFEST.test(readText(p) ?? ''));
      if (manifests.length > 0) loadIntoService(service, manifests, overlay);
      if (belongs() || existsSync(join(dir, '.git')) || existsSync(join(dir, 'package.json'))) return;
    }
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/** Writes an output file (`-o`), creating its folder; failure is reported as the user's to fix. */
export function writeOutputFile(path: string, text: string, cwd: string = process.cwd()): void {
  const abs = resolve(cwd, path);
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text, 'utf8');
  } catch (e) {
    throw new UsageError(`Kan inte skriva / cannot write ${path}: ${(e as Error).message}`);
  }
}
