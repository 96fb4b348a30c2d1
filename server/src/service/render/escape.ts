// HTML escaping and anchor ids for the rendered report. Every text that comes from the sources passes
// through `escapeHtml` (or `escapeAttr` inside attributes), so that no markup an author writes reaches
// the page as markup.

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content. Quotes are escaped too, so the same text is safe in attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Escapes text for a double-quoted attribute; line breaks become spaces so that titles stay one line. */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, ' ');
}

/**
 * A CSS string literal of any text, for `content:` in the stylesheet (the running head names the agency).
 * Quotes, backslashes, line breaks and other controls become hex escapes, and so do `<`, `>` and `&`,
 * so that no text can end the string, the rule, or the `<style>` element the stylesheet is inlined in.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0xfffd;
    const control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
    // A lone surrogate and NUL cannot stand in a stylesheet; both become the replacement character.
    const lone = c >= 0xd800 && c <= 0xdfff;
    if (c === 0 || lone) out += '\\fffd ';
    else if (control || '"\\<>&\''.includes(ch)) out += `\\${c.toString(16)} `;
    else out += ch;
  }
  return `${out}"`;
}

/** A URL-fragment-safe form of a text: lower case, Swedish letters folded, other characters as hyphens. */
export function slug(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/**
 * Hands out anchor ids that are unique in one document. Two sections may share a number by mistake
 * (the checker reports it); the page must still have unique ids, or links and labels break.
 *
 * Each base id remembers the last suffix it handed out, so that the n-th section with the same title
 * costs one lookup rather than n: a report of 20 000 sections named alike renders in linear time. An id
 * `b-n` can only be probed past by the base `b` (the suffix is the part after the last hyphen), so the
 * probes of all bases together never exceed the ids taken.
 */
export class IdRegistry {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();
  /** Set lookups made so far, so that a test can count the work rather than time it. */
  probes = 0;

  take(prefix: string, key: string): string {
    const base = `${prefix}-${slug(key)}`;
    let id = base;
    let n = this.next.get(base) ?? 2;
    this.probes++;
    while (this.used.has(id)) {
      id = `${base}-${n++}`;
      this.probes++;
    }
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}
