// `npm run package`: the extension as a .vsix. The package is assembled in a staging folder from exactly
// what the extension needs at run time (production bundles without source maps, the JSON Schemas, the
// rule pages, the localisation files, the icon and media, LICENSE and a user-facing README and CHANGELOG),
// so that nothing else of the repository can slip in, and the development build in dist/ stays as it is.
//   node scripts/package.mjs [--out <file.vsix>]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../esbuild.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1] : join(ROOT, 'dist', `${pkg.name}-${pkg.version}.vsix`));
const stage = join(ROOT, '.vsix-stage');

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
const inputs = await build({ production: true, outdir: join(stage, 'dist') });

// The licences of the packages the bundles contain, as their licences ask to be kept with copies.
const packages = [...new Set(inputs.flatMap((p) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p);
  return m ? [m[1]] : [];
}))].sort();
const notices = packages.map((name) => {
  const dir = join(ROOT, 'node_modules', name);
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'License.txt'].map((f) => join(dir, f)).find(existsSync);
  const text = file ? readFileSync(file, 'utf8').trim() : `License: ${meta.license ?? 'unknown'}`;
  return `${name} ${meta.version}\n${'-'.repeat(name.length + meta.version.length + 1)}\n${text}\n`;
});
writeFileSync(join(stage, 'ThirdPartyNotices.txt'), `regbrev contains the following packages.\n\n${notices.join('\n')}`);

const copy = (from, to = from) => cpSync(join(ROOT, from), join(stage, to), { recursive: true });
for (const f of ['package.nls.json', 'package.nls.sv.json', 'LICENSE', 'CHANGELOG.md']) copy(f);
copy('client/README.md', 'README.md');
copy('client/media');
copy('l10n');
copy('docs/rules');
mkdirSync(join(stage, 'schemas'));
for (const f of ['arsredovisning', 'common', 'kapitel', 'regleringsbrev']) copy(`schemas/${f}.schema.json`);

// The published manifest: what VS Code reads, without the development scripts and dependencies that the
// bundles already contain.
const { scripts: _scripts, devDependencies: _dev, dependencies: _deps, bin: _bin, private: _private, ...published } = pkg;
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
// Only what the stage holds; vsce's defaults would otherwise look for a repository to rewrite links.
writeFileSync(join(stage, '.vscodeignore'), '.vscodeignore\n**/*.map\n');

mkdirSync(dirname(out), { recursive: true });
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], {
  cwd: stage,
  stdio: ['ignore', 'inherit', 'inherit'],
});
rmSync(stage, { recursive: true, force: true });
if (!existsSync(out)) throw new Error(`vsce wrote no ${out}`);
console.log(`regbrev: ${out} (${(statSync(out).size / 1024 / 1024).toFixed(2)} MB)`);
