// The table of contents: every chapter and its first level of sections, each a link to its anchor.
// Deeper levels and notes are left out, as printed reports do, to keep the contents to a page or two.
// The contents are a navigation landmark named by their title, which is no heading: the PDF's bookmarks
// are built from the headings and should start with the chapters, not with "Innehåll".
import type { Chapter, Section } from '../model/types';
import { escapeAttr, escapeHtml } from './escape';
import type { Labels } from './labels';
import { sectionTitle } from './outline';
import type { Outline } from './outline';

function entry(section: Section, outline: Outline, l: Labels, children: string): string {
  const title = sectionTitle(section, l);
  const id = outline.sectionIds.get(section);
  if (!title || !id) return '';
  const num = title.number ? `<span class="toc-number"${title.added ? l.langAttr : ''}>${escapeHtml(title.number)}</span> ` : '';
  return `<li><a href="#${escapeAttr(id)}">${num}<span class="toc-text">${escapeHtml(title.text)}</span></a>${children}</li>`;
}

export function renderToc(chapters: readonly Chapter[], outline: Outline, l: Labels): string {
  const items = chapters.map((chapter) => {
    const subs = chapter.sections.map((s) => entry(s, outline, l, '')).filter(Boolean);
    const children = subs.length > 0 ? `\n<ol>\n${subs.join('\n')}\n</ol>\n` : '';
    return entry(chapter, outline, l, children);
  });
  return [
    '<nav class="toc" aria-labelledby="toc-title">',
    `<p class="toc-title" id="toc-title"${l.langAttr}>${escapeHtml(l.contents)}</p>`,
    `<ol>\n${items.filter(Boolean).join('\n')}\n</ol>`,
    '</nav>',
  ].join('\n');
}
