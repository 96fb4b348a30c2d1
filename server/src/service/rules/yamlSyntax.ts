// yaml-syntax and yaml-duplicate-key: the file reads as YAML, and no mapping has a key twice. A file with
// either is not schema-validated until it is fixed, as errors about what YAML could not read would only
// bury the cause (workspace.ts).
import { defineRule } from './unit';

export const yamlSyntax = defineRule({
  name: 'yamlSyntax',
  codes: {
    'yaml-syntax': {
      severity: 'error',
      title: { sv: 'YAML-syntaxfel', en: 'YAML syntax error' },
      summary: 'The file cannot be read as YAML.',
    },
    'yaml-duplicate-key': {
      severity: 'error',
      title: { sv: 'Dubblerad nyckel', en: 'Duplicate key' },
      summary: 'The same key occurs twice in one mapping; the file is not schema-validated until it is fixed.',
    },
  },
  file(file, out) {
    for (const p of file.parsed.problems) out.draft(p);
  },
});
