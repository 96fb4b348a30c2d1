// The CLI's file access: finds the YAML files under the given paths and patterns, hands them to the
// service, follows manifests to the requirement set and chapters they name, finds the report around a
// file given on stdin, and writes output files.
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LanguageService } from '../service/index';
import { globBase, globMatcher, isGlob } from './glob';

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
  const matches = globMatcher(normalized);
  const entries: { path: string; dir: boolean }[] = [];
  walkAll(base, entries);
  const out: string[] = [];
  for (const e of entries) {
    const shown = isAbsolute(normalized) ? slashes(e.path) : slashes(relative(cwd, e.path));
    if (!matches(shown)) continue;
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

/**
 * The path of a file URI, or undefined for one that names no local file (another host, another scheme).
 * The service never hands out such URIs for a report's files, but a URI from elsewhere must not throw.
 */
function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * A file's path relative to the working directory, with `/` on every platform, as every format prints it.
 * Takes a file URI or a path; a URI that names no local file is shown as it is.
 */
export const displayPath = (uri: string, cwd: string = process.cwd()): string => {
  const path = uri.startsWith('file:') ? toPath(uri) : uri;
  return path === undefined ? uri : slashes(relative(cwd, path) || path);
};

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * A file from disk as the service takes it: a file beyond the size limit is not read, only its size is
 * handed in, so that a stray 10 MB file costs neither the time nor the memory of reading it.
 */
function sourceOf(uri: string, maxFileSize: number): { uri: string; text: string; size?: number } | undefined {
  const path = toPath(uri);
  if (path === undefined) return undefined;
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return undefined;
  }
  if (size > maxFileSize) return { uri, text: '', size };
  const text = readText(path);
  return text === undefined ? undefined : { uri, text };
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
    const given = overlay.get(uri);
    const source = given !== undefined ? { uri, text: given } : sourceOf(uri, service.settings.maxFileSize);
    if (source === undefined) continue;
    service.setFile(source);
    for (const ref of service.referencedUris(uri)) if (!seen.has(ref)) queue.push(ref);
  }
  return requested;
}

const MAX_LEVELS_UP = 4;

/** Whether a file of this kind is a report's manifest: an annual report's or a redovisning's. */
const isManifest = (kind: string | undefined) => kind === 'årsredovisning' || kind === 'redovisning';
/** The line that makes a file a report's manifest, found without parsing it. */
export const MANIFEST = /^typ:\s*["']?(årsredovisning|redovisning)["']?\s*(#.*)?$/m;

/**
 * Finds the report a file belongs to when only that file is named (as with stdin): looks for a manifest
 * that lists it in the file's folder and then in each folder above, and loads that manifest's report.
 * Stops at the first folder that holds a `.git` or `package.json`, and after a few levels, so that a
 * stray file does not make regbrev read the whole disk: chapters sit at most a folder or two below their
 * manifest.
 */
export function loadReportAround(service: LanguageService, uri: string, overlay: ReadonlyMap<string, string>): void {
  const belongs = () =>
    isManifest(service.getFile(uri)?.kind) ||
    service.uris().some((u) => isManifest(service.getFile(u)?.kind) && service.referencedUris(u).includes(uri));
  const start = toPath(uri);
  if (start === undefined) return;
  let dir = dirname(start);
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

/** The paths of every file the service holds: the run's inputs, which no output may replace. */
export function inputPaths(service: LanguageService): string[] {
  return service.uris().flatMap((uri) => {
    const path = toPath(uri);
    return path === undefined ? [] : [path];
  });
}

/** The identity of an existing file (device and inode), which a hard link or a symlink to it shares. */
function identity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Writes an output file (`-o`), creating its folder; failure is reported as the user's to fix. An output
 * that is one of the run's input files, by name, through a symlink or as a hard link, is refused: a report
 * check must never replace the report with its findings.
 */
export function writeOutputFile(path: string, text: string, cwd: string = process.cwd(), inputs: readonly string[] = []): void {
  const abs = resolve(cwd, path);
  const target = identity(abs);
  if (target !== undefined) {
    const real = (() => {
      try {
        return realpathSync(abs);
      } catch {
        return abs;
      }
    })();
    const clash = inputs.find((input) => resolve(input) === abs || resolve(input) === real || identity(input) === target);
    if (clash !== undefined) {
      throw new UsageError(`-o ${path} är en av filerna som kontrolleras; välj en annan fil / is one of the files being checked; choose another file`);
    }
  }
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  } catch (e) {
    throw new UsageError(`Kan inte skriva / cannot write ${path}: ${(e as Error).message}`);
  }
}

/** Writes a whole file without following a symlink at its name (O_NOFOLLOW), replacing what was there. */
export function writeFileNoFollow(path: string, data: string | Uint8Array): void {
  // O_NONBLOCK: a FIFO at the name fails at once instead of waiting for a reader.
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o644);
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
  } finally {
    closeSync(fd);
  }
}
