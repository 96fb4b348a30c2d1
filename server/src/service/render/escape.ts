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
 */
export class IdRegistry {
  private readonly used = new Set<string>();

  take(prefix: string, key: string): string {
    const base = `${prefix}-${slug(key)}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
