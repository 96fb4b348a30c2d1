// Builds the service settings from command-line flags, the same shape the language server builds from
// the editor's configuration.
import { isRuleCode, RULES } from '../service/index';
import { closestName } from '../service/index';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_NODES } from '../service/index';
import type { ServiceSettings, SeveritySetting } from '../service/index';
import { flag, oneOf } from './args';
import type { ParsedArgs } from './args';
import { UsageError } from './load';
import { localDocsBase } from '../shared/docsBase';
import { languageOfLocale, localeOfEnvironment } from '../shared/locale';
import type { Language } from '../shared/locale';

const LEVELS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

/** `--severity <code>=<error|warning|info|off>`, repeatable; an unknown code is a usage error with a hint. */
function severitiesFromArgs(args: ParsedArgs): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const item of args.flags.get('severity') ?? []) {
    const eq = item.indexOf('=');
    const code = eq < 0 ? item : item.slice(0, eq).trim();
    const level = eq < 0 ? '' : item.slice(eq + 1).trim();
    if (!isRuleCode(code)) {
      const near = closestName(code, RULES.map((r) => r.code));
      const hint = near ? ` (menade du / did you mean ${near}?)` : '';
      throw new UsageError(`Okänd regelkod / unknown rule code i/in --severity: ${code}${hint}`);
    }
    if (!(LEVELS as readonly string[]).includes(level)) {
      throw new UsageError(`--severity ${code}=… ska vara / must be one of: ${LEVELS.join(', ')}`);
    }
    out[code] = level as SeveritySetting;
  }
  return out;
}

/** A limit flag (`--max-file-size`, `--max-nodes`): a positive whole number, or the service's default. */
function limitFromArgs(args: ParsedArgs, name: string, fallback: number): number {
  const value = flag(args, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`--${name} ska vara ett positivt heltal / must be a positive whole number, inte / not "${value}"`);
  }
  return Number(value);
}

/** The flags every command that checks reports takes for the limits, for their parsers' specs. */
export const LIMIT_FLAGS = {
  'max-file-size': { takesValue: true },
  'max-nodes': { takesValue: true },
} as const;

export const LIMIT_HELP = `  --max-file-size <byte> filer större än så kontrolleras inte utan får ett fynd (${DEFAULT_MAX_FILE_SIZE})
                         files larger than this are not checked but get one finding
  --max-nodes <antal>    filer med fler YAML-noder kontrolleras inte (${DEFAULT_MAX_NODES})
                         files with more YAML nodes are not checked
`;

/** `--lang sv|en`, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG): Swedish for sv*. */
function languageFromArgs(args: ParsedArgs, env: Readonly<Record<string, string | undefined>>): Language {
  const given = flag(args, 'lang');
  if (given !== undefined) return oneOf(given, ['sv', 'en'] as const, 'lang', 'sv');
  return languageOfLocale(localeOfEnvironment(env));
}

export function settingsFromArgs(args: ParsedArgs, env: Readonly<Record<string, string | undefined>>): ServiceSettings {
  return {
    language: languageFromArgs(args, env),
    roundingMode: oneOf(flag(args, 'rounding'), ['närmaste', 'trunkering'] as const, 'rounding', 'närmaste'),
    severities: severitiesFromArgs(args),
    docsBase: flag(args, 'docs-base') ?? localDocsBase(),
    statusFindings: true,
    maxFileSize: limitFromArgs(args, 'max-file-size', DEFAULT_MAX_FILE_SIZE),
    maxNodes: limitFromArgs(args, 'max-nodes', DEFAULT_MAX_NODES),
  };
}
