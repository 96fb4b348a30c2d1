// invalid-path: a path the manifest names (its requirement set, a chapter) that is not a plain relative
// path inside the report's folder. Such a file is never read, so the finding says why instead.
import { defineRule } from './unit';

export const paths = defineRule({
  name: 'paths',
  codes: {
    'invalid-path': {
      severity: 'error',
      title: { sv: 'Sökvägen pekar utanför rapporten', en: 'Path points outside the report' },
      summary: 'The manifest names a path that is not a plain relative path inside the report\'s folder.',
    },
  },
  report({ project, locate }, out) {
    for (const p of project.invalidPaths) {
      out.report('invalid-path', locate.origin(p.origin), {
        sv: `${JSON.stringify(p.path)} kan inte läsas: ${p.reason.sv}. Ange en relativ sökväg till en fil i rapportens mapp, som kapitel/01-inledning.yaml.`,
        en: `${JSON.stringify(p.path)} cannot be read: ${p.reason.en}. Give a relative path to a file in the report’s folder, such as kapitel/01-inledning.yaml.`,
      });
    }
  },
});
