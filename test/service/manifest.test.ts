// The extension's settings in package.json name every rule code with its default severity, so that the
// editor offers exactly the rules the server knows.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/service/rules/registry';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_NODES } from '../../server/src/service/settings';

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  it('declares a severity setting for every rule code, with its default', () => {
    const props = pkg.contributes.configuration.properties['regbrev.severity'].properties as Record<string, { default: string }>;
    assert.deepEqual(Object.keys(props).sort(), RULES.map((r) => r.code).sort());
    for (const r of RULES) assert.equal(props[r.code].default, r.severity, r.code);
  });
  it('declares the limits with the service’s defaults', () => {
    const props = pkg.contributes.configuration.properties;
    assert.equal(props['regbrev.maxFileSize'].default, DEFAULT_MAX_FILE_SIZE);
    assert.equal(props['regbrev.maxNodes'].default, DEFAULT_MAX_NODES);
  });
  it('keeps engines.vscode at or below the VS Code that runs the end-to-end tests (1.100)', () => {
    const m = /(\d+)\.(\d+)/.exec(pkg.engines.vscode)!;
    assert.ok(Number(m[1]) === 1 && Number(m[2]) <= 100);
  });
});
