// An edit re-checks the report it belongs to: another report in the same workspace keeps its analysis,
// and an edit to a requirement set re-checks the coverage of its report's files.
import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/service/index';
import { baseFiles } from '../helpers/fixture';
import { sampleFiles, sampleService } from '../helpers/sample';
import { internalsOf } from '../../server/src/service/internal';

describe('re-checking after an edit', () => {
  const files = baseFiles();
  const service = createLanguageService();
  for (const [path, text] of files) {
    service.setFile({ uri: `file:///a/${path}`, text });
    service.setFile({ uri: `file:///b/${path}`, text });
  }

  it('keeps the analysis of a report none of whose files changed', () => {
    const before = internalsOf(service).analysis().projects;
    assert.equal(before.length, 2);
    const text = files.get('resultat.yaml')!.replace('värden: [30, 30]', 'värden: [40, 30]');
    service.setFile({ uri: 'file:///a/resultat.yaml', text });
    const after = internalsOf(service).analysis().projects;
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

describe('re-evaluating tables after an edit', () => {
  const SAMPLE_TABLES = (service: ReturnType<typeof sampleService>) => internalsOf(service).analysis().projects[0];

  it('re-evaluates only the edited table and the tables that depend on it', () => {
    const files = sampleFiles();
    const service = sampleService(files);
    const first = SAMPLE_TABLES(service);
    assert.ok(first.evaluated.length > 60, 'the first analysis evaluates every table');
    const uri = [...files.keys()].find((u) => u.endsWith('06-administrativa-tjanster.yaml'))!;
    // Tabell 10 of chapter 6 stands alone: no other table names it.
    const text = files.get(uri)!;
    const at = text.indexOf('- id: T10');
    assert.ok(at >= 0);
    service.setFile({ uri, text: text.replace('rubrik: Hanterade volymer inom ekonomitjänster', 'rubrik: Hanterade volymer inom ekonomitjänsterna') });
    const second = SAMPLE_TABLES(service);
    assert.deepEqual([...second.evaluated].sort(), ['T10'].sort(), 'only the edited table');
    assert.equal(service.problems(uri).filter((p) => p.severity === 'error').length, 0);
  });

  it('re-evaluates nothing after an edit of prose, and keeps every finding where it stands', () => {
    const files = sampleFiles();
    const service = sampleService(files);
    SAMPLE_TABLES(service);
    const uri = [...files.keys()].find((u) => u.endsWith('04-verksamhetens-intakter-och-kostnader.yaml'))!;
    const text = files.get(uri)!;
    const broken = text.replace('värden: [-3.7, 9.3, 11.9]', 'värden: [-9.9, 9.3, 11.9]');
    service.setFile({ uri, text: broken });
    const before = service.problems(uri).filter((p) => p.code === 'calc-inconsistent');
    assert.ok(before.length > 0);
    // Text inserted before the tables moves every finding; none of the tables changes.
    const moved = broken.replace('rubrik: Verksamhetens intäkter och kostnader', 'rubrik: Verksamhetens intäkter och kostnader i sin helhet');
    service.setFile({ uri, text: moved });
    assert.deepEqual(SAMPLE_TABLES(service).evaluated, []);
    const after = service.problems(uri).filter((p) => p.code === 'calc-inconsistent');
    const shift = moved.length - broken.length;
    assert.deepEqual(after.map((p) => p.range.start), before.map((p) => p.range.start + shift), 'the kept findings stand at the moved figures');
  });

  it('re-evaluates a table whose source table changed, through the chain of tables that read it', () => {
    const files = sampleFiles();
    const service = sampleService(files);
    SAMPLE_TABLES(service);
    const uri = [...files.keys()].find((u) => u.endsWith('11-finansiell-redovisning.yaml'))!;
    const text = files.get(uri)!;
    service.setFile({ uri, text: text.replace('[915175, 881419]', '[915999, 881419]') });
    const evaluated = SAMPLE_TABLES(service).evaluated;
    assert.ok(evaluated.includes('T30'), evaluated.join(' '));
    assert.ok(evaluated.length < 40, `${evaluated.length} of the report's tables, not all`);
    assert.ok(service.problems(uri).some((p) => p.severity === 'error'));
  });
});
