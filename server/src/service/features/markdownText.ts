// Report and letter text inside the Markdown the editor shows (hover, completion documentation). A reviewer
// opens reports written by others, so their text must stay text there: an image link to a tracker, a
// `command:` link or raw HTML in a requirement's wording must not become live. Every ASCII punctuation
// character is backslash-escaped (CommonMark allows it for all of them), which leaves no link, image,
// emphasis, HTML, autolink or bare-URL syntax; code spans get a fence longer than any backtick run inside.
// The only links in these Markdown texts are the ones the service writes itself, to rule pages.

const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Text as plain text in Markdown: rendered exactly as written, with nothing in it interpreted. */
export function mdText(text: string | undefined): string {
  if (!text) return '';
  // A line break inside a hover line would start a new block; a blank line, a new paragraph. Both are
  // kept (a requirement's wording has paragraphs), but no line can start a block construct, since every
  // character that could is escaped.
  return text.replace(/\r\n?/g, '\n').replace(PUNCTUATION, (c) => `\\${c}`);
}

/** Text as an inline code span: literal in Markdown, with a fence no backtick inside can close. */
export function mdCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space on each side when the content starts or ends with a backtick or a space, as CommonMark strips one.
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
