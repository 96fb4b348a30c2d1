// The paths a manifest names (its requirement set, its chapters) must be plain relative paths inside the
// report's folder. A path is read by the CLI and the language server from disk, and the report is
// rendered and checked by people who did not write it: a manifest must not make either read a file on
// another host (`//host/k.yaml`, `\\server\share\k.yaml`, `file://host/…`), elsewhere on the disk
// (`/etc/…`, `C:\…`) or above the report (`../../…`). Such a path is a finding on its entry, never a
// file the service asks for.
import type { Message } from './problems';

/** Whether the text starts like a URL scheme: `file:`, `https:`. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** C0 controls and DEL, which no file name in a report has and a terminal would act on. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a path is not a plain relative path inside the report, or undefined when it is one. */
export function pathProblem(path: string): Message | undefined {
  if (path.trim() === '') return { sv: 'sökvägen är tom', en: 'the path is empty' };
  if (CONTROL.test(path)) return { sv: 'sökvägen innehåller styrtecken', en: 'the path contains control characters' };
  if (path.includes('\\')) {
    return { sv: 'sökvägen innehåller \\; skriv / mellan mappar', en: 'the path contains \\; write / between folders' };
  }
  if (path.startsWith('//')) return { sv: 'sökvägen pekar på en annan dator', en: 'the path names another computer' };
  if (path.startsWith('/')) return { sv: 'sökvägen är absolut', en: 'the path is absolute' };
  if (/^[A-Za-z]:/.test(path)) return { sv: 'sökvägen har en enhetsbokstav', en: 'the path has a drive letter' };
  if (SCHEME.test(path)) return { sv: 'sökvägen är en adress', en: 'the path is an address' };
  let depth = 0;
  for (const segment of path.split('/')) {
    if (segment === '..') depth--;
    else if (segment !== '.' && segment !== '') depth++;
    if (depth < 0) return { sv: 'sökvägen går upp ur rapportens mapp', en: 'the path climbs out of the report’s folder' };
  }
  return undefined;
}

/** The folder part of a URI, with its trailing slash. */
function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

/**
 * The URI of a path written in the file at `base`, or undefined when the path is not a plain relative path
 * inside the base's folder. `%`, `#` and `?` are parts of the file name, not URL syntax (so `%2e%2e` is
 * not `..`), and are encoded as the CLI's and the editors' file URIs encode them.
 */
export function resolveReportPath(base: string, path: string): string | undefined {
  if (pathProblem(path)) return undefined;
  const encoded = path.replace(/%/g, '%25').replace(/#/g, '%23').replace(/\?/g, '%3F');
  let uri: string;
  try {
    uri = new URL(encoded, base).toString();
  } catch {
    return undefined;
  }
  // The checks above leave nothing that resolves elsewhere; this one holds the promise should they miss a case.
  return uri.startsWith(folderOf(base)) ? uri : undefined;
}
