// The inputs of the linear-rendering test (renderLinear.test.ts), shared with the probe that counts their
// work in a process of its own (renderLinear.probe.ts).
import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/service/index';
import { renderReport } from '../../server/src/service/render/index';
import { baseFiles, uriOf } from '../helpers/fixture';
import { internalsOf } from '../../server/src/service/internal';

const HEAD = 'typ: kapitel\nnummer: "1"\nrubrik: Resultatredovisning\ndel: resultatredovisning\n';

/** Each case makes a result chapter from a size: characters of text, or a number of sections. */
export const CASES: Readonly<Record<string, { readonly small: number; readonly make: (size: number) => string }>> = {
  // 100 KB of emphasis markers in a chapter's text, in each of the forms that were quadratic.
  'text *a': { small: 25_000, make: (size) => `${HEAD}text: "${'*a '.repeat(Math.ceil(size / 3))}"\n` },
  'text **a': { small: 25_000, make: (size) => `${HEAD}text: "${'**a '.repeat(Math.ceil(size / 4))}"\n` },
  'text _a': { small: 25_000, make: (size) => `${HEAD}text: "${'_a '.repeat(Math.ceil(size / 3))}"\n` },
  // The same in a table's remark, which goes through the inline renderer.
  anmärkning: {
    small: 25_000,
    make: (size) => `${HEAD}tabeller:\n  - id: T1\n    rubrik: R\n    enhet: antal\n    anmärkning: "${'*a '.repeat(Math.ceil(size / 3))}"\n`
      + '    kolumner: [{ id: v, rubrik: v }]\n    rader: [{ id: r, rubrik: r, värden: [1] }]\n',
  },
  // 20 000 sections with the same title, each needing its own anchor.
  sections: { small: 5_000, make: (n) => `${HEAD}avsnitt:\n${'  - rubrik: Samma rubrik\n    text: Text.\n'.repeat(n)}` },
  // A 60 KB caption of "( ( ( …" under a heading of the same, both searched for the table's unit.
  caption: {
    small: 15_000,
    make: (size) => `${HEAD}avsnitt:\n  - rubrik: "${'( '.repeat(size / 4)}"\n    tabeller:\n      - id: T1\n        rubrik: "${'( '.repeat(size / 2)}"\n`
      + '        enhet: tkr\n        kolumner: [{ id: v, rubrik: v }]\n        rader: [{ id: r, rubrik: r, värden: [1] }]\n',
  },
};

/**
 * Analyses the base report with its result chapter replaced; the function renders it and returns the HTML's
 * length. The limits are raised: 20 000 sections are more nodes than a file may have by default.
 */
export function renderer(chapter: string): () => number {
  const service = createLanguageService({ maxFileSize: 100_000_000, maxNodes: 10_000_000 });
  for (const [path, text] of baseFiles()) service.setFile({ uri: uriOf(path), text: path === 'resultat.yaml' ? chapter : text });
  const pa = internalsOf(service).projectFor(uriOf('arsredovisning.yaml'));
  assert.ok(pa, 'the report is analysed');
  return () => renderReport(pa, internalsOf(service).locate(), { language: 'sv', standalone: true }).html.length;
}
