// The CLI's file access: finds the YAML files under the given paths, hands them to the service, and
// follows manifests to the requirement set and chapters they name.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LanguageService } from '../service/index';

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

export class UsageError extends Error {}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (/\.ya?ml$/i.test(entry.name)) out.push(path);
  }
}

/** Expands the paths of the command line into YAML files; a missing path is a usage error. */
export function findFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    if (!existsSync(abs)) throw new UsageError(`Sökvägen finns inte / path does not exist: ${p}`);
    if (statSync(abs).isDirectory()) walk(abs, files);
    else files.push(abs);
  }
  return [...new Set(files)].sort();
}

export const toUri = (path: string): string => pathToFileURL(path).toString();
export const toPath = (uri: string): string => (uri.startsWith('file:') ? fileURLToPath(uri) : uri);
export const displayPath = (uri: string): string => relative(process.cwd(), toPath(uri)) || toPath(uri);

export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Loads the files, then whatever manifests among them refer to; returns the URIs asked for. */
export function loadIntoService(service: LanguageService, files: readonly string[]): string[] {
  const requested = files.map(toUri);
  const queue = [...requested];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const uri = queue.shift()!;
    if (seen.has(uri)) continue;
    seen.add(uri);
    const text = readText(toPath(uri));
    if (text === undefined) continue;
    service.setFile({ uri, text });
    for (const ref of service.referencedUris(uri)) if (!seen.has(ref)) queue.push(ref);
  }
  return requested;
}
