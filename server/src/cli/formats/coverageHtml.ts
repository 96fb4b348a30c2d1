// Coverage as one self-contained, accessible HTML page: no scripts or outside resources, the page's
// language declared, every table with a caption and header cells scoped to their column or row, and
// status written out in words (colour only repeats it).
import type { Language } from '../../service/index';
import type { CoverageDoc } from './coverageView';

function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body { font-family: system-ui, sans-serif; line-height: 1.45; margin: 2rem; color: #1a1a1a; background: #fff; }
main { max-width: 80rem; }
table { border-collapse: collapse; margin: 1rem 0 2rem; width: 100%; }
caption { text-align: left; font-weight: 600; font-size: 1.15rem; padding: 0.5rem 0; }
th, td { border: 1px solid #8a8a8a; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #ececec; }
.warning { border-left: 0.3rem solid #a35200; padding: 0.5rem 1rem; background: #fff4e5; }
tr.obesvarat td, tr.inte-uppnått td, tr.utan-utfall td { background: #fdecea; }
tr.inaktuellt-svar td { background: #fff4e5; }
tr.besvarat td, tr.uppnått td { background: #eaf6ec; }
tr.borttaget td, tr.inte-i-årsredovisningen td { color: #4a4a4a; }
@media (prefers-color-scheme: dark) {
  body { color: #eee; background: #161616; }
  thead th { background: #2b2b2b; }
  tr.obesvarat td, tr.inte-uppnått td, tr.utan-utfall td { background: #4a1f1c; }
  tr.inaktuellt-svar td, .warning { background: #4a3515; }
  tr.besvarat td, tr.uppnått td { background: #1c3a22; }
  tr.borttaget td, tr.inte-i-årsredovisningen td { color: #c8c8c8; }
}`;

export function coverageHtml(docs: readonly CoverageDoc[], language: Language): string {
  const e = htmlEscape;
  const title = docs.length === 1 ? docs[0].title : language === 'sv' ? 'Täckning av regleringsbreven' : 'Coverage of the appropriation letters';
  const sections = docs.map((d) => {
    const tables = d.tables.map((t) => {
      const head = `<thead><tr>${t.headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>`;
      const rows = t.rows.map((r) => {
        const [first, ...rest] = r.cells;
        const cls = r.status ? ` class="${e(r.status)}"` : '';
        return `<tr${cls}><th scope="row">${e(first)}</th>${rest.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`;
      });
      return `<table>\n<caption>${e(t.caption)}</caption>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    });
    return [
      `<section>`,
      `<h${docs.length === 1 ? 1 : 2}>${e(d.title)}</h${docs.length === 1 ? 1 : 2}>`,
      ...d.intro.map((p) => `<p>${e(p)}</p>`),
      ...(d.warning ? [`<p class="warning" role="alert"><strong>${e(d.warning)}</strong></p>`] : []),
      `<ul>\n${d.summary.map((s) => `<li>${e(s)}</li>`).join('\n')}\n</ul>`,
      ...tables,
      `</section>`,
    ].join('\n');
  });
  const h1 = docs.length === 1 ? '' : `<h1>${e(title)}</h1>\n`;
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
${h1}${sections.join('\n')}
</main>
</body>
</html>
`;
}
