// Validates `regbrev check --format sarif` against the OASIS SARIF 2.1.0 JSON Schema (draft-07), kept as a
// fixture because tests never use the network. Ajv has no formats built in, and ajv-formats is not a
// dependency, so the three formats the schema uses are defined here after RFC 3986 and RFC 3339.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import type { CommandIO } from '../../server/src/cli/io';
import { main } from '../../server/src/cli/main';

const ROOT = join(__dirname, '..', '..');
const URI_CHARS = "(?:[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*";

function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-2.1.0.schema.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', new RegExp(`^[A-Za-z][A-Za-z0-9+.-]*:${URI_CHARS}$`));
  ajv.addFormat('uri-reference', new RegExp(`^${URI_CHARS}$`));
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
  return ajv.compile(schema);
}

async function sarifOf(args: string[], cwd: string): Promise<{ code: number; log: Record<string, unknown>; text: string }> {
  let text = '';
  const io: CommandIO = {
    stdout: { write: (t: string) => void (text += t) },
    stderr: { write: () => undefined },
    readStdin: async () => '',
    env: {},
    cwd,
  };
  const code = await main(['check', ...args, '--format', 'sarif'], io);
  return { code, log: JSON.parse(text) as Record<string, unknown>, text };
}

const explain = (v: ValidateFunction) => JSON.stringify(v.errors?.slice(0, 5), null, 2);

describe('SARIF output', function () {
  const validate = sarifValidator();
  let work: string;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'regbrev-sarif-'));
    // A folder name with a space and Swedish letters, so that URI encoding is exercised.
    cpSync(join(ROOT, 'test', 'fixtures', 'base'), join(work, 'min rapport'), { recursive: true });
    cpSync(join(ROOT, 'test', 'cli', 'fixtures', 'seeded'), join(work, 'min rapport'), { recursive: true });
    cpSync(join(ROOT, 'test', 'fixtures', 'base'), join(work, 'årsredovisning'), { recursive: true });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('rejects an invalid log, so that the validation means something', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'fatal', message: { text: 'm' } }] }] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'a', helpUri: 'not a uri' }] } } }] }), false);
  });

  it('is valid for a report with errors, related locations and the default rule pages', async () => {
    const { code, log } = await sarifOf(['min rapport'], work);
    assert.equal(code, 1);
    assert.ok(validate(log), explain(validate));
    const run = (log.runs as Record<string, any>[])[0];
    assert.ok(run.results.length > 0);
    assert.ok(run.results.some((r: any) => (r.relatedLocations ?? []).length > 0), 'some result has related locations');
    assert.ok(run.results.every((r: any) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('min%20rapport/')));
    // Every rule page is a file next to the package, and exists.
    for (const rule of run.tool.driver.rules) {
      assert.match(rule.helpUri, /^file:\/\/.*\/docs\/rules\/[a-z-]+\.md$/);
      assert.ok(readFileSync(new URL(rule.helpUri)), rule.helpUri);
    }
  });

  it('records severities changed on the command line and is still valid', async () => {
    const { log } = await sarifOf(['årsredovisning', '--severity', 'coverage-summary=off', '--severity', 'goal-status=warning', '--lang', 'en'], work);
    assert.ok(validate(log), explain(validate));
    const run = (log.runs as Record<string, any>[])[0];
    assert.equal(run.language, 'en');
    assert.deepEqual(run.invocations[0].ruleConfigurationOverrides.map((o: any) => o.descriptor.id), ['coverage-summary', 'goal-status']);
    assert.ok(run.results.every((r: any) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('%C3%A5rsredovisning/')));
    assert.ok(run.results.some((r: any) => r.ruleId === 'goal-status' && r.level === 'warning'));
    assert.ok(!run.results.some((r: any) => r.ruleId === 'coverage-summary'));
  });

  it('is valid for the bundled sample', async () => {
    const { code, log } = await sarifOf([join(ROOT, 'samples', 'ssc-2023')], ROOT);
    assert.equal(code, 0);
    assert.ok(validate(log), explain(validate));
  });
});
