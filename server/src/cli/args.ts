// The command line, read by node:util's parseArgs: flags with values, repeatable flags, booleans and
// positionals. Its tokens keep the order of the flags, which `--format x -o f` needs, and are checked
// here against the command's flags, so that an unknown flag, a missing value or a flag given twice is a
// usage error with a message in both languages: a typo in a CI script fails loudly.
import { parseArgs as parseNodeArgs } from 'node:util';
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
  const options = Object.fromEntries(Object.entries(spec).map(([name, s]) => [
    name,
    { type: s.takesValue ? 'string' as const : 'boolean' as const, multiple: true, ...(s.alias ? { short: s.alias } : {}) },
  ]));
  // Not strict: unknown flags come back as tokens and are refused below with the command's own words.
  const { tokens } = parseNodeArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const sequence: { name: string; value: string }[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const s = spec[token.name];
    // An unknown short flag's letters are each a token of their own; the flag as written names them all.
    if (!s) throw new UsageError(`Okänd flagga / unknown option: ${token.rawName.startsWith('--') ? token.rawName.split('=')[0] : argv[token.index].split('=')[0]}`);
    let value = 'true';
    if (s.takesValue) {
      if (token.value === undefined) throw new UsageError(`${token.rawName} behöver ett värde / needs a value`);
      value = token.value;
    } else if (token.value !== undefined) {
      throw new UsageError(`${token.rawName} tar inget värde / takes no value`);
    }
    const list = flags.get(token.name) ?? [];
    if (list.length > 0 && !s.repeatable) throw new UsageError(`${token.rawName} får bara anges en gång / may be given once`);
    list.push(value);
    flags.set(token.name, list);
    sequence.push({ name: token.name, value });
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
