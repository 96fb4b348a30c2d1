// What an editor makes of the Markdown the service returns: the text a reader sees, and everything live
// in it (links, images, raw HTML). Rendered with markdown-it at its most permissive (HTML on, bare URLs
// linked, as GitHub-flavoured renderers do), so that a text found inert here is inert in any editor.
import MarkdownIt from 'markdown-it';

const permissive = new MarkdownIt({ html: true, linkify: true });

/** The text a reader sees, tags removed and character references decoded. */
export function shown(markdown: string): string {
  return permissive
    .render(markdown)
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** Every live element of the Markdown: link and image targets, and raw HTML. */
export function live(markdown: string): string[] {
  const out: string[] = [];
  const visit = (tokens: ReturnType<MarkdownIt.MarkdownIt['parse']>) => {
    for (const t of tokens) {
      if (t.type === 'link_open') out.push(`link ${t.attrGet('href')}`);
      if (t.type === 'image') out.push(`image ${t.attrGet('src')}`);
      if (t.type === 'html_inline' || t.type === 'html_block') out.push(`html ${t.content}`);
      if (t.children) visit(t.children);
    }
  };
  visit(permissive.parse(markdown, {}));
  return out;
}
