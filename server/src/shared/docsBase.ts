// Where the rule pages that diagnostics link to are found. The language server and the CLI both link to
// them, so they find them the same way.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The nearest `relativePath` at or above `start`, or undefined when no directory up to the root has it. */
function findUp(start: string, relativePath: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, relativePath))) return join(dir, relativePath);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let cached: string | undefined;

/**
 * The rule pages ship with the package: dist/server.js and dist/cli.js → docs/rules. Searched upwards so
 * that the same code finds them when it runs from the sources (server/src/…) in tests.
 */
export function localDocsBase(): string {
  // Looked up once: the server asks again on every settings change, and the package does not move.
  if (cached === undefined) {
    const dir = findUp(__dirname, 'docs/rules');
    cached = dir ? pathToFileURL(dir).toString() : 'https://regbrev.invalid/docs/rules';
  }
  return cached;
}
