// What `regbrev init` is asked to scaffold, and the small text helpers the templates share: the folder
// name, the placeholder leadership and safe YAML quoting of the agency's name.

export type Ledningsform = 'styrelse' | 'enrådighet';

export const LEDNINGSFORMER: readonly Ledningsform[] = ['styrelse', 'enrådighet'];

export interface InitOptions {
  /** The agency's name as the author typed it, e.g. "Provmyndigheten". */
  readonly myndighet: string;
  /** The financial year of the report, which is also the budget year of the letter. */
  readonly år: number;
  readonly ledning: Ledningsform;
}

export interface Ledamot {
  readonly namn: string;
  readonly roll: string;
}

/**
 * The people who must sign, as placeholders. Each name says the role in parentheses so that it reads as
 * something to replace and so that two placeholders never collide (the signature check compares names).
 */
export function ledamöter(form: Ledningsform): readonly Ledamot[] {
  const person = (roll: string, label = roll): Ledamot => ({ namn: `Namn Efternamn (${label})`, roll });
  if (form === 'enrådighet') return [person('generaldirektör')];
  return [person('ordförande'), person('ledamot', 'ledamot 1'), person('ledamot', 'ledamot 2'), person('generaldirektör')];
}

/**
 * The default folder: the agency's name in lower case ASCII with dashes, then the year, so that
 * "Myndigheten för digital förvaltning" and 2025 give `myndigheten-for-digital-forvaltning-2025`.
 */
export function folderName(myndighet: string, år: number): string {
  const slug = myndighet
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'myndighet'}-${år}`;
}

/**
 * A YAML scalar for free text on one line. Plain when it is plainly safe, otherwise double-quoted: JSON's
 * string syntax is valid YAML, and it keeps å, ä and ö as they are.
 */
export function yamlString(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,'()/&–-]*$/u.test(text) && !/ $/.test(text) ? text : JSON.stringify(text);
}

/** Why a name cannot be used, or undefined when it can: the templates put it on single lines. */
export function invalidName(myndighet: string): string | undefined {
  if (myndighet.trim() === '') return 'får inte vara tomt / must not be empty';
  if (/[\p{Cc}]/u.test(myndighet)) return 'får inte innehålla radbrytningar eller styrtecken / must not contain line breaks or control characters';
  if (myndighet.length > 200) return 'är längre än 200 tecken / is longer than 200 characters';
  return undefined;
}

/** A YAML line with a trailing comment, padded so that the comments of a block line up. */
export function withComment(line: string, comment: string, column = 40): string {
  return `${line.padEnd(column - 1)} # ${comment}`;
}

/**
 * The two year columns of a template table, this year first, as ESV's forms print them. `suffix` turns
 * the headings into balance dates ("2025-12-31").
 */
export function yearColumns(år: number, suffix = ''): string {
  return `
        kolumner:
          - { id: år${år}, rubrik: "${år}${suffix}", år: ${år} }
          - { id: år${år - 1}, rubrik: "${år - 1}${suffix}", år: ${år - 1} }`;
}
