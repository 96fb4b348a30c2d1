// The Markdown of chapter and section texts and of table remarks, through markdown-it: a CommonMark
// parser whose every rule runs in time linear in its input (emphasis included, where a hand-written
// matcher was quadratic). It is configured for an annual report read by people who did not write it:
//
// * raw HTML is off, so that whatever tags an author writes are printed as text;
// * images are off, so that a rendered page or PDF never loads anything from elsewhere;
// * links are kept only for http, https and mailto addresses and for anchors within the page, so that a
//   `javascript:` or `file:` link stays text;
// * headings, code blocks, block quotes, rules, tables and reference definitions are off, as they were in
//   the subset the report had before: the report's own headings come from `rubrik`, and a line such as
//   `[1]: …` or one indented by four spaces must stay prose rather than vanish or turn monospace.
//
// What remains is paragraphs, bullet and numbered lists, **bold**, *italic*, inline code, hard line
// breaks, backslash escapes, character references and safe links.
import MarkdownIt from 'markdown-it';
import { escapeHtml } from './escape';

/** Addresses a link may have: web and mail, or an anchor within the same page. */
const SAFE_LINK = /^(https?:\/\/|mailto:|#)/i;

function createRenderer(): MarkdownIt.MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false });
  md.disable(['heading', 'lheading', 'code', 'fence', 'blockquote', 'hr', 'table', 'reference', 'html_block', 'html_inline', 'image', 'strikethrough']);
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  // Lists print tight, as the report always printed them: a blank line between two items must not
  // turn every item into a paragraph with its own spacing.
  md.core.ruler.push('regbrev_tight_lists', (state) => {
    let depth = 0;
    for (const token of state.tokens) {
      if (token.type === 'list_item_open') depth++;
      else if (token.type === 'list_item_close') depth--;
      else if (depth > 0 && (token.type === 'paragraph_open' || token.type === 'paragraph_close')) token.hidden = true;
    }
    return true;
  });
  // Lines of a paragraph join with a space and a hard break prints as a bare <br>, as before.
  md.renderer.rules.softbreak = () => ' ';
  md.renderer.rules.hardbreak = () => '<br>';
  return md;
}

let renderer: MarkdownIt.MarkdownIt | undefined;

/** One configured renderer for the process: building it compiles its rules, rendering never changes it. */
function markdown(): MarkdownIt.MarkdownIt {
  renderer ??= createRenderer();
  return renderer;
}

/** NUL has no place in a text; CommonMark would print it as U+FFFD, the report leaves it out. */
const clean = (text: string) => text.replace(/\u0000/g, '');

/** Renders a text to HTML blocks (`<p>`, `<ul>`, `<ol>`). Never throws. */
export function renderMarkdown(text: string | undefined): string {
  if (!text) return '';
  try {
    return markdown().render(clean(text)).trim();
  } catch {
    // Should the parser ever fail, the text is still printed, as text.
    return `<p>${escapeHtml(text)}</p>`;
  }
}

/** Renders a short text (a table's remark) as one line of inline Markdown, without block elements. */
export function renderInlineMarkdown(text: string | undefined): string {
  if (!text) return '';
  try {
    return markdown().renderInline(clean(text).trim());
  } catch {
    return escapeHtml(text);
  }
}
