// Quick fixes edit text in place: applying one changes only the replaced or inserted text, so comments,
// key order and everything else stay as the author wrote them.
import { strict as assert } from 'node:assert';
import type { TextEdit } from '../../server/src/service/features/codeActions';
import { parseFixture, serviceFor, uriOf } from '../helpers/fixture';

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start).reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

describe('quick fixes', () => {
  it('replace a wrong figure with the computed one and keep the comment on its line', () => {
    const files = parseFixture('');
    const path = 'resultat.yaml';
    files.set(path, files.get(path)!.replace('- { id: summa, rubrik: Summa, värden: [30, 30], formel: sum(*) }', '- { id: summa, rubrik: Summa, värden: [35, 30], formel: sum(*) } # kontrollerad 2025-01-10'));
    const service = serviceFor(files);
    const text = files.get(path)!;
    const at = text.indexOf('[35, 30]') + 1;
    const fix = service.codeActions(uriOf(path), { start: at, end: at }).find((a) => a.preferred)!;
    assert.ok(fix, 'a preferred fix is offered');
    const after = apply(text, fix.edits);
    assert.equal(after, text.replace('[35, 30]', '[30, 30]'));
    service.setFile({ uri: uriOf(path), text: after });
    assert.ok(!service.problems(uriOf(path)).some((p) => p.code === 'calc-inconsistent'));
  });

  it('add a section that answers an unanswered requirement, keeping the chapter’s comments and order', () => {
    const files = parseFixture('');
    const path = 'resultat.yaml';
    const original = files.get(path)!.replace('    besvarar: [ÅK-service]\n', '').replace('  - nummer: "1.2"', '  # Indikatorerna följs upp varje tertial.\n  - nummer: "1.2"');
    files.set(path, original);
    const service = serviceFor(files);
    const rb = uriOf('regleringsbrev.yaml');
    const coverage = service.problems(rb).find((p) => p.code === 'coverage')!;
    const add = service.codeActions(rb, coverage.range).find((a) => a.title.startsWith('Lägg till ett avsnitt'))!;
    assert.equal(add.edits.length, 1);
    const edit = add.edits[0];
    assert.equal(edit.uri, uriOf(path));
    assert.equal(edit.range.start, edit.range.end, 'an insertion');
    const after = apply(original, add.edits);
    assert.equal(after.slice(0, edit.range.start), original.slice(0, edit.range.start));
    assert.equal(after.slice(edit.range.start + edit.newText.length), original.slice(edit.range.start));
    service.setFile({ uri: uriOf(path), text: after });
    assert.ok(!service.problems(rb).some((p) => p.code === 'coverage'), 'the new section answers the requirement');
    assert.ok(!service.problems(uriOf(path)).some((p) => p.severity === 'error'), 'and is valid');
  });

  it('add a missing indicator outcome where the others are reported', () => {
    const files = parseFixture('');
    const path = 'resultat.yaml';
    const original = files.get(path)!.replace('    indikatorer:\n      - indikator: I-nki\n        utfall: 72\n', '    text: Indikatorerna redovisas här.\n');
    files.set(path, original);
    const service = serviceFor(files);
    const rb = uriOf('regleringsbrev.yaml');
    const missing = service.problems(rb).find((p) => p.code === 'indicator-outcome-missing')!;
    const add = service.codeActions(rb, missing.range).find((a) => a.title.startsWith('Lägg till utfall'))!;
    assert.ok(add);
    const after = apply(original, add.edits);
    assert.match(after, /indikatorer:\n\s+- indikator: I-nki\n\s+utfall:/);
    service.setFile({ uri: uriOf(path), text: after });
    // The value is the author's to give: the outcome is now present and the schema asks for its figure.
    assert.ok(!service.problems(rb).some((p) => p.code === 'indicator-outcome-missing'));
  });

  it('silence a finding on its line with a comment naming its code', () => {
    const files = parseFixture('');
    const path = 'resultat.yaml';
    files.set(path, files.get(path)!.replace('värden: [30, 30], formel: sum(*) }', 'värden: [40, 30], formel: sum(*) }'));
    const service = serviceFor(files);
    const text = files.get(path)!;
    const at = text.indexOf('[40, 30]') + 1;
    const silence = service.codeActions(uriOf(path), { start: at, end: at }).find((a) => a.title.startsWith('Tysta'))!;
    service.setFile({ uri: uriOf(path), text: apply(text, silence.edits) });
    assert.ok(!service.problems(uriOf(path)).some((p) => p.code === 'calc-inconsistent'));
  });
});
