// The extension decides whether to start the server by sniffing a top-level `typ:`; files of every kind
// the service knows pass, and so do misspelt kinds (the checker reports those), but other YAML does not.
import { strict as assert } from 'node:assert';
import { isReportText } from '../../client/src/reportFiles';
import { SCHEMAS } from '../../server/src/service/schema/schemas';

describe('the extension’s report sniffing', () => {
  it('finds every file kind the service knows', () => {
    for (const kind of Object.keys(SCHEMAS)) assert.ok(isReportText(`typ: ${kind}\n`), kind);
  });

  it('finds a top-level typ, quoted or not, after comments, and a misspelt one', () => {
    assert.ok(isReportText('# Regleringsbrev 2023\n\ntyp: "regleringsbrev"\n'));
    assert.ok(isReportText('\uFEFFtyp: årsredovisning # manifestet\n'));
    assert.ok(isReportText('typ: arsredovisning\n'));
  });

  it('ignores other YAML and nested keys', () => {
    assert.ok(!isReportText('name: CI\non: push\njobs:\n  typ: kapitel\n'));
    assert.ok(!isReportText('typ:\n  - a\n'));
    assert.ok(!isReportText('typer: kapitel\n'));
  });
});
