// How the extension tells, before any server runs, whether a workspace holds a report: a YAML file with a
// top-level `typ` key, which every regbrev file starts with. Only that decides whether the server starts,
// so that a workspace of unrelated YAML (a CI workflow) gets no server and no status item. Any value
// counts, so that a misspelt kind (`typ: arsredovisning`) still reaches the checker, which says what it
// should be. No `vscode` import here: the tests load this file.

/** File names that are reports or letters by convention, for a quick search before sniffing. */
export const REPORT_FILE_GLOB = '**/{arsredovisning,årsredovisning,regleringsbrev,*redovisning}.{yaml,yml}';

/** How much of a file is read to find its `typ`: the key stands at the top of every regbrev file. */
export const SNIFF_BYTES = 4096;

const TYP = /^typ:[ \t]*["']?[^\s"'#]/mu;

/** True when the start of a YAML text has a top-level `typ` key with a value. */
export function isReportText(text: string): boolean {
  return TYP.test(text.slice(0, SNIFF_BYTES).replace(/^\uFEFF/, ''));
}
