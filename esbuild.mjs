// Bundles the entry points (VS Code client, the preview's webview script, language server, CLI) into
// dist/. `node esbuild.mjs --watch` rebuilds on change; `--production` minifies and leaves out source
// maps (the .vsix is built that way by scripts/package.mjs, into a folder of its own).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));

function options({ production = false, outdir = 'dist' } = {}) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    absWorkingDir: ROOT,
    // Minified bundles keep the licences of what they contain in a file beside each bundle.
    legalComments: production ? 'linked' : 'eof',
  };
  return [
    { ...common, entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/client.js`, external: ['vscode'] },
    // The preview's script runs in the webview, a browser page: no Node, one self-contained file.
    { ...common, entryPoints: ['client/webview/preview.ts'], outfile: `${outdir}/preview.js`, platform: 'browser', format: 'iife', target: 'es2022' },
    { ...common, entryPoints: ['server/src/lsp/entry.ts'], outfile: `${outdir}/server.js` },
    {
      ...common,
      entryPoints: ['server/src/cli/main.ts'],
      outfile: `${outdir}/cli.js`,
      banner: { js: '#!/usr/bin/env node' },
    },
  ];
}

/** The bundled schemas' validators, compiled ahead of time (scripts/compile-schemas.ts). */
function compileSchemas() {
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'compile-schemas.ts')], { cwd: ROOT, stdio: 'inherit' });
}

/** Builds every bundle; returns the paths of the input files, for the package's third-party notices. */
export async function build(settings) {
  compileSchemas();
  const results = await Promise.all(options(settings).map((o) => esbuild.build({ ...o, metafile: true })));
  return results.flatMap((r) => Object.keys(r.metafile.inputs));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const production = process.argv.includes('--production');
  if (process.argv.includes('--watch')) {
    compileSchemas();
    for (const o of options({ production })) await (await esbuild.context(o)).watch();
  } else {
    await build({ production });
  }
}
