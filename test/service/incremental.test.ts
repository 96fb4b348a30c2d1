// An edit re-checks the report it belongs to: another report in the same workspace keeps its analysis,
// and an edit to a requirement set re-checks the coverage of its report's files.
import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/service/index';
import { baseFiles } from '../helpers/fixture';

describe('re-checking after an edit', () => {
  const files = baseFiles();
  const service = createLanguageService();
  for (const [path, text] of files) {
    service.setFile({ uri: `file:///a/${path}`, text });
    service.setFile({ uri: `file:///b/${path}`, text });
  }

  it('keeps the analysis of a report none of whose files changed', () => {
    const before = service.analyze().projects;
    assert.equal(before.length, 2);
    const text = files.get('resultat.yaml')!.replace('värden: [30, 30]', 'värden: [40, 30]');
    service.setFile({ uri: 'file:///a/resultat.yaml', text });
    const after = service.analyze().projects;
    const a = (list: typeof after) => list.find((p) => p.project.manifest.uri.startsWith('file:///a/'))!;
    const b = (list: typeof after) => list.find((p) => p.project.manifest.uri.startsWith('file:///b/'))!;
    assert.equal(b(after), b(before), 'report b is not re-analysed');
    assert.notEqual(a(after), a(before), 'report a is');
    assert.ok(service.problems('file:///a/resultat.yaml').some((p) => p.code === 'calc-inconsistent'));
    assert.ok(!service.problems('file:///b/resultat.yaml').some((p) => p.code === 'calc-inconsistent'));
  });

  it('re-checks coverage in the chapters when the letter adds a requirement, and back', () => {
    const rb = files.get('regleringsbrev.yaml')!;
    const added = rb.replace('uppdrag:\n', 'uppdrag:\n  - id: UPP-ny\n    rubrik: Nytt\n    redovisning:\n      - i: årsredovisningen\n');
    service.setFile({ uri: 'file:///b/regleringsbrev.yaml', text: added });
    assert.ok(service.problems('file:///b/regleringsbrev.yaml').some((p) => p.code === 'coverage'));
    service.setFile({ uri: 'file:///b/regleringsbrev.yaml', text: rb });
    assert.ok(!service.problems('file:///b/regleringsbrev.yaml').some((p) => p.code === 'coverage'));
  });
});
