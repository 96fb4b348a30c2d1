// Writes the parts of the extension's manifest that follow from the rule registry: the severity setting of
// every rule code (its default and enum descriptions) in package.json, and the rules' titles in
// package.nls.json (English) and package.nls.sv.json (Swedish). Run `npm run manifest` after adding a rule;
// test/service/manifest.test.ts fails while the files and the registry disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/service/rules/registry';

const ROOT = join(__dirname, '..');
const LEVELS = ['error', 'warning', 'info', 'off'] as const;
const LEVEL_TEXT: Record<(typeof LEVELS)[number], { en: string; sv: string }> = {
  error: { en: 'An error: the report does not hold.', sv: 'Ett fel: rapporten håller inte.' },
  warning: { en: 'A warning: worth a look before the report is signed.', sv: 'En varning: värd en blick innan rapporten skrivs under.' },
  info: { en: 'Information only.', sv: 'Bara information.' },
  off: { en: 'The rule is off.', sv: 'Regeln är avstängd.' },
};

type Json = Record<string, unknown>;

export interface ManifestFiles {
  readonly pkg: Json;
  readonly nlsEn: Record<string, string>;
  readonly nlsSv: Record<string, string>;
}

/** The files with their registry-derived parts regenerated; everything else is kept as it is. */
export function generateManifest(files: ManifestFiles): ManifestFiles {
  const pkg = structuredClone(files.pkg) as Json;
  const contributes = pkg.contributes as Json;
  const configuration = contributes.configuration as { properties: Record<string, Json> };
  const severity = configuration.properties['regbrev.severity'];
  const properties: Record<string, Json> = {};
  for (const r of RULES) {
    properties[r.code] = {
      type: 'string',
      enum: [...LEVELS],
      enumDescriptions: LEVELS.map((l) => `%severity.${l}%`),
      default: r.severity,
      description: `%rule.${r.code}%`,
    };
  }
  severity.properties = properties;
  const keep = (nls: Record<string, string>) => Object.fromEntries(Object.entries(nls).filter(([k]) => !k.startsWith('rule.') && !k.startsWith('severity.')));
  const nlsEn: Record<string, string> = keep(files.nlsEn);
  const nlsSv: Record<string, string> = keep(files.nlsSv);
  for (const l of LEVELS) {
    nlsEn[`severity.${l}`] = LEVEL_TEXT[l].en;
    nlsSv[`severity.${l}`] = LEVEL_TEXT[l].sv;
  }
  for (const r of RULES) {
    nlsEn[`rule.${r.code}`] = `${r.code}: ${r.title.en}`;
    nlsSv[`rule.${r.code}`] = `${r.code}: ${r.title.sv}`;
  }
  return { pkg, nlsEn, nlsSv };
}

export const MANIFEST_PATHS = {
  pkg: join(ROOT, 'package.json'),
  nlsEn: join(ROOT, 'package.nls.json'),
  nlsSv: join(ROOT, 'package.nls.sv.json'),
} as const;

export function readManifest(): ManifestFiles {
  const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
  return { pkg: read(MANIFEST_PATHS.pkg), nlsEn: read(MANIFEST_PATHS.nlsEn), nlsSv: read(MANIFEST_PATHS.nlsSv) };
}

export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

if (require.main === module) {
  const next = generateManifest(readManifest());
  writeFileSync(MANIFEST_PATHS.pkg, serialize(next.pkg));
  writeFileSync(MANIFEST_PATHS.nlsEn, serialize(next.nlsEn));
  writeFileSync(MANIFEST_PATHS.nlsSv, serialize(next.nlsSv));
}
