// Service tests on strings with the cursor marked by `|`: the fixture's file at `path` gets the marked
// text (without the marker); the rest of the report comes from test/fixtures/base.
import { parseFixture, serviceFor, uriOf } from './fixture';
import type { LanguageService } from '../../server/src/service/index';

export function atCaret(path: string, marked: string, transform?: (base: string) => string): { service: LanguageService; uri: string; offset: number } {
  const files = parseFixture('');
  const base = files.get(path);
  const text = transform && base ? transform(base) : marked;
  const offset = text.indexOf('|');
  if (offset < 0) throw new Error('no | in the text');
  files.set(path, text.slice(0, offset) + text.slice(offset + 1));
  return { service: serviceFor(files), uri: uriOf(path), offset };
}

/** Marks the cursor in a base file: the first `needle`, `delta` characters in. */
export function inBase(path: string, needle: string, delta: number): { service: LanguageService; uri: string; offset: number } {
  return atCaret(path, '', (base) => {
    const i = base.indexOf(needle);
    if (i < 0) throw new Error(`${needle} is not in ${path}`);
    return `${base.slice(0, i + delta)}|${base.slice(i + delta)}`;
  });
}
