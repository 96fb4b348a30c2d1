// `npm run package`: the .vsix holds only what the extension needs at run time (bundles without source
// maps, schemas, rule pages, localisation, media, licences, a user-facing README and CHANGELOG), stays
// under 3 MB, and its manifest is the published one (localised, no development scripts or dependencies).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The entries of a zip file, read with Python's zipfile (python3 is on every machine of this kind). */
function entries(zip: string): { name: string; read(): string } [] {
  const names = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zip], { encoding: 'utf8' }).trim().split('\n');
  return names.map((name) => ({
    name,
    read: () => execFileSync('python3', ['-c', 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8"))', zip, name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  }));
}

describe('the packaged extension', function () {
  this.timeout(120000);
  let dir: string;
  let vsix: string;
  let files: ReturnType<typeof entries>;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'regbrev-vsix-'));
    vsix = join(dir, 'regbrev.vsix');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out', vsix], { stdio: 'pipe' });
    files = entries(vsix);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stays under 3 MB', () => {
    assert.ok(statSync(vsix).size < 3 * 1024 * 1024, `${statSync(vsix).size} bytes`);
  });

  it('ships only the bundles, schemas, rule pages, localisation, media, licences, README and CHANGELOG', () => {
    const allowed = [
      /^\[Content_Types\]\.xml$/, /^extension\.vsixmanifest$/,
      /^extension\/(package\.json|package\.nls(\.sv)?\.json|LICENSE\.txt|ThirdPartyNotices\.txt|readme\.md|changelog\.md)$/,
      /^extension\/dist\/(client|server|cli|preview)\.js(\.LEGAL\.txt)?$/,
      /^extension\/schemas\/[a-z]+\.schema\.json$/,
      /^extension\/docs\/rules\/[a-z0-9-]+\.md$/i,
      /^extension\/l10n\/bundle\.l10n\.sv\.json$/,
      /^extension\/client\/media\/[\w./-]+\.(png|svg|css|md)$/,
    ];
    const stray = files.map((f) => f.name).filter((n) => !allowed.some((a) => a.test(n)));
    assert.deepEqual(stray, []);
    for (const needed of ['extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/cli.js', 'extension/dist/preview.js', 'extension/client/media/icon.png', 'extension/docs/rules/calc-inconsistent.md', 'extension/l10n/bundle.l10n.sv.json']) {
      assert.ok(files.some((f) => f.name === needed), needed);
    }
  });

  it('has minified bundles without source maps', () => {
    const server = files.find((f) => f.name === 'extension/dist/server.js')!.read();
    assert.ok(!server.includes('sourceMappingURL'), 'no source map reference');
    assert.ok(server.length / server.split('\n').length > 1000, 'minified: long lines');
  });

  it('publishes a localised manifest without the development parts', () => {
    const pkg = JSON.parse(files.find((f) => f.name === 'extension/package.json')!.read()) as Record<string, unknown>;
    assert.equal(pkg.displayName, '%displayName%');
    for (const key of ['scripts', 'devDependencies', 'dependencies']) assert.equal(pkg[key], undefined, key);
    assert.equal(pkg.main, './dist/client.js');
    assert.equal(pkg.icon, 'client/media/icon.png');
  });
});
