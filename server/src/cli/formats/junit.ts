// JUnit XML, which most CI systems show as test results: one testsuite per checked file, one testcase per
// finding (a failure for errors and warnings, a passing case with the text for information), and one
// passing testcase for a file without findings, so that a clean file shows up as passed, not as absent.
import type { Finding, FormatContext } from './finding';
import { lineCol } from './finding';

/** Escapes text for XML attributes and content; characters XML 1.0 forbids are dropped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function testcase(f: Finding): string {
  const where = lineCol(f.range.start);
  const name = xmlEscape(`${f.code} ${where}`);
  const detail = [`${f.file}:${where} ${f.severity} ${f.code} ${f.message}`, ...f.related.map((r) => `  ${r.file}:${r.line + 1}:${r.character + 1} ${r.message}`)].join('\n');
  const open = `    <testcase classname="${xmlEscape(f.file)}" name="${name}">\n`;
  if (f.severity === 'info') return `${open}      <system-out>${xmlEscape(detail)}</system-out>\n    </testcase>\n`;
  return `${open}      <failure type="${f.severity}" message="${xmlEscape(f.message)}">${xmlEscape(detail)}</failure>\n    </testcase>\n`;
}

export function formatJunit(findings: readonly Finding[], ctx: FormatContext): string {
  const files = [...new Set([...ctx.files, ...findings.map((f) => f.file)])].sort();
  const failing = (list: readonly Finding[]) => list.filter((f) => f.severity !== 'info').length;
  let suites = '';
  let tests = 0;
  for (const file of files) {
    const list = findings.filter((f) => f.file === file);
    const cases = list.length > 0 ? list.map(testcase).join('') : `    <testcase classname="${xmlEscape(file)}" name="regbrev"/>\n`;
    const count = Math.max(1, list.length);
    tests += count;
    suites += `  <testsuite name="${xmlEscape(file)}" tests="${count}" failures="${failing(list)}" errors="0" skipped="0">\n${cases}  </testsuite>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="regbrev" tests="${tests}" failures="${failing(findings)}" errors="0">\n${suites}</testsuites>\n`;
}
