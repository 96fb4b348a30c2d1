// A small, safe Markdown subset for the text of chapters and sections: paragraphs, bullet and numbered
// lists, **bold**, *italic*, hard line breaks (two trailing spaces or a trailing backslash) and backslash
// escapes. Everything else is printed as text: the renderer writes every tag itself and escapes every
// character of the source, so no HTML an author writes reaches the page.
import { escapeHtml } from './escape';

type Block =
  | { readonly kind: 'paragraph'; readonly lines: string[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly start: number; readonly items: string[][] };

const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
/** A line of only `*`, `-` or `_` (a thematic break in Markdown) is not a list item. */
const RULE = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;

interface ItemStart {
  readonly ordered: boolean;
  readonly start: number;
  readonly text: string;
}

function itemStart(line: string): ItemStart | undefined {
  if (RULE.test(line)) return undefined;
  const b = BULLET.exec(line);
  if (b) return { ordered: false, start: 1, text: b[1] };
  const o = ORDERED.exec(line);
  if (o) return { ordered: true, start: Number(o[1]), text: o[2] };
  return undefined;
}

/**
 * Whether a list item may interrupt a paragraph. As in CommonMark, only a bullet or a list starting at 1
 * may: Swedish prose is often wrapped so that a line starts with a year and a full stop ("2023. Posten …"),
 * which must stay part of its paragraph.
 */
function interrupts(start: ItemStart): boolean {
  return !start.ordered || start.start === 1;
}

function parseBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let current: Block | undefined;
  let blankBefore = false;
  for (const line of lines) {
    if (line.trim() === '') {
      blankBefore = true;
      if (current?.kind === 'paragraph') current = undefined;
      continue;
    }
    const start = itemStart(line);
    if (current?.kind === 'list') {
      if (start && start.ordered === current.ordered) {
        current.items.push([start.text]);
        blankBefore = false;
        continue;
      }
      // An indented line continues the last item, even after a blank line (a loose list); an unindented
      // line continues it only directly (a lazy continuation line).
      if (!start && (/^[ \t]{2,}/.test(line) || !blankBefore)) {
        current.items[current.items.length - 1].push(line.trim());
        blankBefore = false;
        continue;
      }
      current = undefined;
    }
    if (start && (current === undefined || interrupts(start))) {
      current = { kind: 'list', ordered: start.ordered, start: start.start, items: [[start.text]] };
      blocks.push(current);
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line);
    } else {
      current = { kind: 'paragraph', lines: [line] };
      blocks.push(current);
    }
    blankBefore = false;
  }
  return blocks;
}

/** Joins a block's lines: a hard break where a line ends in two spaces or a backslash, else a space. */
function joinLines(lines: readonly string[]): string {
  return lines
    .map((line, i) => {
      const last = i === lines.length - 1;
      if (!last && / {2,}$/.test(line)) return `${line.trim()}\u0000`;
      if (!last && /\\$/.test(line) && !/\\\\$/.test(line)) return `${line.trim().slice(0, -1)}\u0000`;
      return line.trim();
    })
    .join(' ')
    .replace(/\u0000 /g, '\u0000');
}

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!<>&"']/;

/** Finds the closing delimiter of an emphasis run: not preceded by a space, not right at `from`. */
function closing(text: string, delim: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(delim, i) && i > from && !/\s/.test(text[i - 1])) {
      // `*` must not close on the first half of a `**`.
      if (delim === '*' && text[i + 1] === '*') {
        const strongEnd = closing(text, '**', i + 2);
        if (strongEnd >= 0) {
          i = strongEnd + 1;
          continue;
        }
      }
      return i;
    }
  }
  return -1;
}

/** Renders inline text: escapes, **bold**, *italic* and hard line breaks (marked by U+0000). */
export function renderInline(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\u0000') {
      out += '<br>';
      i++;
    } else if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
      out += escapeHtml(text[i + 1]);
      i += 2;
    } else if (text.startsWith('**', i) && i + 2 < text.length && !/\s/.test(text[i + 2])) {
      const end = closing(text, '**', i + 2);
      if (end < 0) {
        out += '**';
        i += 2;
      } else {
        out += `<strong>${renderInline(text.slice(i + 2, end))}</strong>`;
        i = end + 2;
      }
    } else if (c === '*' && i + 1 < text.length && !/\s/.test(text[i + 1])) {
      const end = closing(text, '*', i + 1);
      if (end < 0) {
        out += '*';
        i++;
      } else {
        out += `<em>${renderInline(text.slice(i + 1, end))}</em>`;
        i = end + 1;
      }
    } else {
      out += escapeHtml(c);
      i++;
    }
  }
  return out;
}

/** Renders the Markdown subset to HTML blocks (`<p>`, `<ul>`, `<ol>`). Never throws. */
export function renderMarkdown(text: string | undefined): string {
  if (!text) return '';
  return parseBlocks(text.replace(/\u0000/g, ''))
    .map((b) => {
      if (b.kind === 'paragraph') return `<p>${renderInline(joinLines(b.lines))}</p>`;
      const items = b.items.map((lines) => `<li>${renderInline(joinLines(lines))}</li>`).join('\n');
      if (!b.ordered) return `<ul>\n${items}\n</ul>`;
      return b.start === 1 ? `<ol>\n${items}\n</ol>` : `<ol start="${b.start}">\n${items}\n</ol>`;
    })
    .join('\n');
}

/** Renders a short text (a table's remark) as one line of inline Markdown, without block elements. */
export function renderInlineMarkdown(text: string | undefined): string {
  if (!text) return '';
  const lines = text.replace(/\u0000/g, '').replace(/\r\n?/g, '\n').split('\n').filter((line) => line.trim() !== '');
  return renderInline(joinLines(lines));
}
