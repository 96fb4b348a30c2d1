// SARIF 2.1.0 (OASIS), the format GitHub code scanning and other CI dashboards read: one run of the tool
// `regbrev` with every rule of the registry (so that rule indices are stable between runs), and one result
// per finding with 1-based regions and paths relative to the working directory.
import { RULES } from '../../service/index';
import type { Severity } from '../../service/index';
import { docsUrl } from '../../service/index';
import type { Finding, FormatContext, Range } from './finding';

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: each segment percent-encoded, so that spaces and å, ä, ö are valid. */
export function pathToUriReference(path: string): string {
  return path.split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/');
}

function region(r: Range) {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

function physical(file: string, r: Range) {
  return { artifactLocation: { uri: pathToUriReference(file) }, region: region(r) };
}

export function formatSarif(findings: readonly Finding[], ctx: FormatContext): string {
  const index = new Map<string, number>(RULES.map((r, i) => [r.code, i]));
  const rules = RULES.map((r) => ({
    id: r.code,
    shortDescription: { text: r.title[ctx.language] },
    helpUri: docsUrl(ctx.settings, r.code),
    defaultConfiguration: { level: LEVEL[r.severity] },
  }));
  // Severities changed on the command line are recorded, so that a reader of the log knows why a
  // result's level differs from its rule's default.
  const overrides = Object.entries(ctx.settings.severities).map(([code, level]) => ({
    descriptor: { id: code, index: index.get(code) ?? -1 },
    configuration: level === 'off' ? { enabled: false } : { level: LEVEL[level] },
  }));
  const results = findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: index.get(f.code) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physical(f.file, f.range) }],
    ...(f.related.length > 0
      ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, physicalLocation: physical(r.file, r.range), message: { text: r.message } })) }
      : {}),
  }));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'regbrev', version: ctx.version, rules } },
        invocations: [{ executionSuccessful: true, ...(overrides.length > 0 ? { ruleConfigurationOverrides: overrides } : {}) }],
        language: ctx.language,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
