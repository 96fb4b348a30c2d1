// The second sample: an assignment in two parts at a fee-financed agency. Its interim report answers the
// first part on time and leaves the final part not yet due; moved in time or stripped of an answer, it
// gets the findings a reviewer would expect.
import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Problem } from '../../server/src/service/index';
import { sampleFiles, sampleService, UPPDRAG_DIR } from '../helpers/sample';

const uri = (path: string) => pathToFileURL(join(UPPDRAG_DIR, path)).toString();
const LETTER = uri('regleringsbrev.yaml');
const REPORT = uri('delredovisning-2025.yaml');
const CHAPTER = uri('kapitel/delredovisning.yaml');

function problems(edit?: (files: Map<string, string>) => void): Problem[] {
  const files = sampleFiles(UPPDRAG_DIR);
  edit?.(files);
  return [...sampleService(files).analyze().problems.values()].flat();
}

const replace = (path: string, from: string, to: string) => (files: Map<string, string>) => {
  const text = files.get(uri(path))!;
  assert.ok(text.includes(from), from);
  files.set(uri(path), text.replace(from, to));
};

const serious = (ps: readonly Problem[]) => ps.filter((p) => p.severity !== 'info').map((p) => `${p.code} ${p.message.en}`);

describe('the sample of an assignment in parts', () => {
  it('checks clean: the first part reported on time with all its items, the final part not yet due, no FÅB rule', () => {
    const ps = problems();
    assert.deepEqual(serious(ps), []);
    const statuses = ps.filter((p) => p.code === 'part-status').map((p) => p.message.en);
    assert.equal(statuses.length, 2);
    assert.ok(statuses.some((m) => /Part del1 .* is reported in delredovisning-2025\.yaml, dated 2025-06-16/.test(m)), statuses.join('\n'));
    assert.ok(statuses.some((m) => /Part slut .* not yet due/.test(m)), statuses.join('\n'));
    assert.match(ps.find((p) => p.code === 'coverage-summary' && p.uri === REPORT)!.message.en, /3 of 3 items of part del1/);
    assert.ok(!ps.some((p) => p.code.startsWith('fab-') || p.code.startsWith('rb-') || p.code.startsWith('indicator')));
  });

  it('finds the interim report late when it is dated after its part’s deadline', () => {
    const ps = problems(replace('delredovisning-2025.yaml', 'datum: 2025-06-16', 'datum: 2025-07-01'));
    assert.deepEqual(ps.filter((p) => p.code === 'part-deadline').map((p) => [p.uri, p.message.en]), [
      [REPORT, 'The report is dated 2025-07-01, but part del1 of UPP-digital-prövning was due by 2025-06-30.'],
    ]);
  });

  it('finds an item unanswered at the item in the letter', () => {
    const ps = problems(replace('kapitel/delredovisning.yaml', 'besvarar: [UPP-digital-prövning#plan]', 'besvarar: []'));
    const found = ps.filter((p) => p.severity === 'error');
    assert.deepEqual(found.map((p) => p.code), ['coverage']);
    assert.equal(found[0].uri, LETTER);
    assert.match(found[0].message.en, /Item plan \(En plan för införandet med tidpunkter\.\) of part del1/);
  });

  it('finds the final part missing once the latest report is dated after its deadline', () => {
    // A second report of the same assignment, dated after the final part's deadline, answering the first part again.
    const ps = problems((files) => {
      files.set(uri('komplettering.yaml'), files.get(REPORT)!.replace('datum: 2025-06-16', 'datum: 2026-04-15'));
    });
    const missing = ps.filter((p) => p.code === 'part-deadline' && p.uri === LETTER);
    assert.equal(missing.length, 1);
    assert.match(missing[0].message.en, /Part slut of UPP-digital-prövning was due by 2026-03-31, but no report answers it \(the latest report of UPP-digital-prövning is dated 2026-04-15\)/);
    assert.ok(!ps.some((p) => p.code === 'part-status' && /slut/.test(p.message.en)));
  });

  it('checks the fee-financed letter’s own figures without a report, and needs no appropriation account', () => {
    const ps = problems(replace('regleringsbrev.yaml', '        resultat: -500\n', '        resultat: -400\n'));
    assert.deepEqual(serious(ps).filter((m) => m.startsWith('rb-arithmetic')).length, 2);
    assert.ok(!ps.some((p) => p.code === 'fab-parts'));
  });

  it('keeps the chapter’s own tables checked', () => {
    const ps = problems(replace('kapitel/delredovisning.yaml', 'värden: [1200, 600, 1800]', 'värden: [1200, 600, 1900]'));
    assert.ok(ps.some((p) => p.code === 'calc-inconsistent' && p.uri === CHAPTER));
  });

  it('shows each part with its status and each item with where it is answered, in coverage, code lens and hover', () => {
    const service = sampleService(sampleFiles(UPPDRAG_DIR));
    const [coverage] = service.coverage(REPORT);
    assert.equal(coverage.kind, 'redovisning');
    assert.deepEqual(coverage.concerns, { requirementId: 'UPP-digital-prövning', partId: 'del1', date: '2025-06-16' });
    assert.deepEqual([coverage.summary.answered, coverage.summary.due], [3, 3]);
    const parts = coverage.requirements[0].parts;
    assert.deepEqual(parts.map((p) => [p.id, p.status]), [['del1', 'redovisad'], ['slut', 'inte-förfallen']]);
    assert.deepEqual(parts[0].items.map((i) => [i.id, i.answers.length]), [['nuläge', 1], ['plan', 1], ['kostnader', 1]]);
    const lenses = service.codeLenses(LETTER).map((l) => l.title);
    assert.ok(lenses.includes('Part: reported in delredovisning-2025.yaml 2025-06-16 (by 2025-06-30)') || lenses.includes('Delen: redovisad i delredovisning-2025.yaml 2025-06-16 (senast 2025-06-30)'), lenses.join('\n'));
    assert.ok(lenses.some((t) => /(not yet due|inte förfallen än).*2026-03-31/.test(t)), lenses.join('\n'));
    assert.ok(lenses.some((t) => /Redovisas i delar|Reported in parts/.test(t)), 'the assignment’s lens points to its parts');
    const text = service.getFile(LETTER)!.text;
    const hover = service.hover(LETTER, text.indexOf('id: UPP-digital-prövning') + 6);
    assert.match(hover!.markdown.replace(/\\/g, ''), /(Del|Part) del1 \(delredovisning\) (till|to) Regeringskansliet \(Exempeldepartementet\) (senast|by) 2025-06-30: nuläge, plan, kostnader/);
  });

  it('renders the interim report under its own title, with its date and recipient, not as an annual report', () => {
    const rendered = sampleService(sampleFiles(UPPDRAG_DIR)).render(REPORT, { language: 'sv' })!;
    assert.equal(rendered.info.title, 'Delredovisning: Uppdrag att införa digital tillståndsprövning – Exempelmyndigheten för tillstånd');
    assert.match(rendered.html, /<dt>Datum<\/dt><dd>16 juni 2025<\/dd>/);
    assert.match(rendered.html, /<dt>Till<\/dt><dd>Regeringskansliet \(Exempeldepartementet\)<\/dd>/);
    assert.ok(!/årsredovisning/i.test(rendered.html), 'no annual report in its words');
  });
});
