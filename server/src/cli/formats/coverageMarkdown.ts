// Coverage as Markdown, for a pull-request comment or a job summary ($GITHUB_STEP_SUMMARY).
import type { CoverageDoc } from './coverageView';

/** Escapes what would break a table cell or start Markdown syntax inside it. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function coverageMarkdown(docs: readonly CoverageDoc[]): string {
  return docs
    .map((d) => {
      const parts = [`# ${d.title}`, d.intro.join('\n')];
      if (d.warning) parts.push(`> **${d.warning}**`);
      parts.push(d.summary.map((s) => `- ${s}`).join('\n'));
      for (const t of d.tables) {
        const head = `| ${t.headers.map(cell).join(' | ')} |\n| ${t.headers.map(() => '---').join(' | ')} |`;
        const rows = t.rows.map((r) => `| ${r.cells.map(cell).join(' | ')} |`);
        parts.push(`## ${t.caption}\n\n${[head, ...rows].join('\n')}`);
      }
      return `${parts.join('\n\n')}\n`;
    })
    .join('\n');
}
