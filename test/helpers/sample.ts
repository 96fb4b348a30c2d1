// Loads the bundled SSC 2023 sample into a fresh language service, as the CLI would.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../server/src/service/index';
import type { LanguageService } from '../../server/src/service/index';

export const SAMPLE_DIR = join(__dirname, '..', '..', 'samples', 'ssc-2023');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

/** The second sample: an assignment reported in two parts by a fee-financed agency. */
export const UPPDRAG_DIR = join(__dirname, '..', '..', 'samples', 'uppdrag-exempel');

export function sampleFiles(dir = SAMPLE_DIR): Map<string, string> {
  return new Map(walk(dir).map((p) => [pathToFileURL(p).toString(), readFileSync(p, 'utf8')]));
}

export function sampleService(files = sampleFiles()): LanguageService {
  const service = createLanguageService();
  for (const [uri, text] of files) service.setFile({ uri, text });
  return service;
}
