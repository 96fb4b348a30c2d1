// A small, strict command-line parser: flags with values, repeatable flags, booleans and positionals.
// Unknown flags are usage errors, so that a typo in a CI script fails loudly.
import { UsageError } from './load';

export interface FlagSpec {
  readonly takesValue: boolean;
  readonly repeatable?: boolean;
  readonly alias?: string;
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Map<string, string[]>;
  /** Every flag in command-line order, for flags whose meaning depends on the one before (`--format x -o f`). */
  readonly sequence: readonly { readonly name: string; readonly value: string }[];
}

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, FlagSpec>>): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const sequence: { name: string; value: string }[] = [];
  const byAlias = new Map(Object.entries(spec).flatMap(([name, s]) => (s.alias ? [[s.alias, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = rawName.startsWith('--') ? rawName.slice(2) : byAlias.get(rawName.slice(1)) ?? rawName.slice(1);
    const s = spec[name];
    if (!s) throw new UsageError(`Okänd flagga / unknown option: ${rawName}`);
    let value = 'true';
    if (s.takesValue) {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new UsageError(`${rawName} behöver ett värde / needs a value`);
      value = next;
    }
    const list = flags.get(name) ?? [];
    if (list.length > 0 && !s.repeatable) throw new UsageError(`${rawName} får bara anges en gång / may be given once`);
    list.push(value);
    flags.set(name, list);
    sequence.push({ name, value });
  }
  return { positionals, flags, sequence };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.[0];
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} ska vara ett av / must be one of: ${allowed.join(', ')}`);
  return value as T;
}
