// Never wait, never stale: an analysis runs in steps that a caller can pause between, is superseded by a
// newer text (and then never adopted), and requests about one file do not run the report's analysis.
import { strict as assert } from 'node:assert';
import { sampleFiles, sampleService } from '../helpers/sample';

const chapter = (files: Map<string, string>, name: string) => [...files.keys()].find((u) => u.endsWith(name))!;

describe('the analysis as a job', () => {
  it('runs in steps to the same result as at once', () => {
    const files = sampleFiles();
    const stepwise = sampleService(files);
    const job = stepwise.startAnalysis();
    let slices = 0;
    let result;
    while (!(result = job.run(() => true))) slices++;
    assert.ok(slices > 10, `${slices} pauses`);
    const direct = sampleService(files).analyze();
    const flat = (m: ReadonlyMap<string, readonly { code: string; range: { start: number } }[]>) =>
      [...m].map(([u, ps]) => [u, ps.map((p) => `${p.code}@${p.range.start}`)]);
    assert.deepEqual(flat(result.problems), flat(direct.problems));
    assert.equal(stepwise.generation, 1);
  });

  it('is superseded by a newer text, and its result is never adopted', () => {
    const files = sampleFiles();
    const service = sampleService(files);
    const uri = chapter(files, '04-verksamhetens-intakter-och-kostnader.yaml');
    const job = service.startAnalysis();
    assert.equal(job.run(() => true), undefined, 'paused after its first step');
    service.setFile({ uri, text: files.get(uri)!.replace('värden: [-3.7, 9.3, 11.9]', 'värden: [-9.9, 9.3, 11.9]') });
    assert.equal(job.superseded, true);
    assert.equal(job.run(() => false), undefined, 'a superseded job does nothing more');
    assert.equal(service.generation, 0, 'nothing was adopted');
    // The next job sees the newer text.
    const next = service.startAnalysis().run(() => false);
    assert.ok(next?.problems.get(uri)?.some((p) => p.code === 'calc-inconsistent'));
  });
});

describe('requests about one file', () => {
  it('complete keys, fold and outline without analysing the report', () => {
    const files = sampleFiles();
    const service = sampleService(files);
    const uri = chapter(files, '11-finansiell-redovisning.yaml');
    const text = files.get(uri)!;
    const at = text.indexOf('    rubrik:') + 4;
    const keys = service.complete(uri, at);
    assert.ok(keys.some((k) => k.kind === 'property'), 'key completions');
    assert.ok(service.foldingRanges(uri).length > 0);
    assert.ok(service.documentSymbols(uri).length > 0);
    assert.ok(service.hover(uri, at) !== undefined, 'a key’s hover');
    assert.equal(service.generation, 0, 'no analysis ran');
  });

  it('analyse the report when the answer needs it (requirement ids)', () => {
    const files = sampleFiles();
    const service = sampleService(files);
    const uri = chapter(files, '10-regeringsuppdrag-och-aterrapporteringskrav.yaml');
    const at = files.get(uri)!.indexOf('ÅK-kostnadsutveckling') + 3;
    assert.ok(service.complete(uri, at).some((c) => c.label === 'ÅK-kostnadsutveckling'));
    assert.equal(service.generation, 1);
  });
});
