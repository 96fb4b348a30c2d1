// Removes, one at a time, every answer to each requirement the letter wants in the annual report, and
// asserts the coverage error on that requirement in the requirement set.
import { strict as assert } from 'node:assert';
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { RequirementSet } from '../../server/src/service/model/types';
import { lineColumn } from '../helpers/fixture';
import { sampleFiles, sampleService } from '../helpers/sample';
import { internalsOf } from '../../server/src/service/internal';

/** The text without any answer to `id`: its besvarar items and goal outcomes are deleted. */
function withoutAnswers(text: string, id: string): string {
  const doc = parseDocument(text);
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === 'besvarar' && isSeq(pair.value)) {
        pair.value.items = pair.value.items.filter((item) => !(isScalar(item) && String(item.value).split('@')[0] === id));
      }
      if (key === 'måluppfyllelse' && isSeq(pair.value)) {
        pair.value.items = pair.value.items.filter((item) => !(isMap(item) && item.get('mål') === id));
      }
    },
  });
  return String(doc);
}

describe('removing every answer to a requirement of the sample', () => {
  const files = sampleFiles();
  const service = sampleService(files);
  const project = internalsOf(service).analysis().projects[0].project;
  const rs = project.requirementSet as RequirementSet;
  const due = [...rs.requirements.values()].filter((r) => r.dueInReport);

  it('concerns every återrapporteringskrav of the letter', () => {
    const reporting = [...rs.requirements.values()].filter((r) => r.kind === 'återrapporteringskrav');
    assert.ok(reporting.length >= 3);
    assert.ok(reporting.every((r) => r.dueInReport));
  });

  for (const r of due) {
    it(`gives a coverage error at ${r.id}`, () => {
      const chapters = project.chapters.map((c) => c.uri);
      for (const uri of chapters) service.setFile({ uri, text: withoutAnswers(files.get(uri)!, r.id) });
      try {
        const problems = service.analyze().problems.get(rs.uri) ?? [];
        const text = files.get(rs.uri)!;
        const hits = problems.filter((p) => p.code === 'coverage' && p.severity === 'error');
        assert.equal(hits.length, 1, hits.map((p) => p.message.sv).join('\n'));
        const at = text.slice(hits[0].range.start, hits[0].range.end);
        assert.equal(at, r.id, `the error stands on the id (line ${lineColumn(text, hits[0].range.start).line + 1})`);
      } finally {
        for (const uri of chapters) service.setFile({ uri, text: files.get(uri)! });
      }
    });
  }
});
