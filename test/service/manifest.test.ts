// The extension's manifest: its registry-derived parts (a severity setting per rule code) equal what the
// generator writes, every string is localised in English and Swedish the VS Code way, every enum setting
// describes its values, and engines.vscode stays within the VS Code the end-to-end tests run.
import { strict as assert } from 'node:assert';
import { RULES } from '../../server/src/service/rules/registry';
import { generateManifest, readManifest, serialize } from '../../scripts/manifest';

const files = readManifest();
const pkg = files.pkg as {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: { configuration: { properties: Record<string, { enum?: string[]; enumDescriptions?: string[]; properties?: Record<string, { default: string; enum?: string[]; enumDescriptions?: string[] }> }> } };
};

/** Every `%key%` placeholder in a JSON value. */
function placeholders(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%]+)%$/.exec(value);
    if (m) out.add(m[1]);
  } else if (Array.isArray(value)) {
    for (const v of value) placeholders(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) placeholders(v, out);
  }
  return out;
}
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_NODES } from '../../server/src/service/settings';

describe('package.json', () => {
  it('has the parts the rule registry determines as the generator writes them (npm run manifest)', () => {
    const next = generateManifest(files);
    assert.equal(serialize(files.pkg), serialize(next.pkg), 'package.json: run npm run manifest');
    assert.equal(serialize(files.nlsEn), serialize(next.nlsEn), 'package.nls.json: run npm run manifest');
    assert.equal(serialize(files.nlsSv), serialize(next.nlsSv), 'package.nls.sv.json: run npm run manifest');
    assert.equal(files.rulesIndex, next.rulesIndex, 'docs/rules/README.md: run npm run manifest');
  });

  it('declares a severity setting for every rule code, with its default', () => {
    const props = pkg.contributes.configuration.properties['regbrev.severity'].properties!;
    assert.deepEqual(Object.keys(props).sort(), RULES.map((r) => r.code).sort());
    for (const r of RULES) assert.equal(props[r.code].default, r.severity, r.code);
  });

  it('declares the limits with the service’s defaults', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { default?: unknown }>;
    assert.equal(props['regbrev.maxFileSize'].default, DEFAULT_MAX_FILE_SIZE);
    assert.equal(props['regbrev.maxNodes'].default, DEFAULT_MAX_NODES);
  });

  it('localises every manifest string in English and Swedish', () => {
    const used = placeholders(files.pkg);
    assert.ok(used.size > 40, 'the manifest uses placeholders');
    for (const key of used) {
      assert.ok(files.nlsEn[key], `package.nls.json lacks ${key}`);
      assert.ok(files.nlsSv[key], `package.nls.sv.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(files.nlsSv).sort(), Object.keys(files.nlsEn).sort(), 'the same keys in both languages');
    for (const key of Object.keys(files.nlsEn)) assert.ok(used.has(key), `${key} is used by the manifest`);
  });

  it('describes the values of every enum setting', () => {
    const check = (name: string, p: { enum?: string[]; enumDescriptions?: string[] }) => {
      if (!p.enum) return;
      assert.equal(p.enumDescriptions?.length, p.enum.length, `${name} has enumDescriptions`);
    };
    for (const [name, p] of Object.entries(pkg.contributes.configuration.properties)) {
      check(name, p);
      for (const [code, q] of Object.entries(p.properties ?? {})) check(`${name}.${code}`, q);
    }
  });

  it('keeps engines.vscode and @types/vscode at or below the VS Code that runs the end-to-end tests (1.100)', () => {
    const minor = (v: string) => {
      const m = /(\d+)\.(\d+)/.exec(v)!;
      assert.equal(Number(m[1]), 1);
      return Number(m[2]);
    };
    const engine = minor(pkg.engines.vscode);
    const types = minor(pkg.devDependencies['@types/vscode']);
    assert.ok(engine <= 100, 'engines.vscode');
    assert.ok(types <= engine, '@types/vscode may not promise an API newer than engines.vscode');
  });
});
