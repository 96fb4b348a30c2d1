// Terminal colours, used only when the output is a terminal and the user has not asked for none
// (https://no-color.org: NO_COLOR set and non-empty). FORCE_COLOR turns them on for CI logs that
// render ANSI codes. The escapes are node:util's styleText; whether to colour is decided here, for the
// stream the output goes to, not by styleText's look at the process's own stdout.
import { styleText } from 'node:util';

type Style = Parameters<typeof styleText>[0];

export interface Paint {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly blue: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly underline: (s: string) => string;
}

export function useColor(stream: { readonly isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

const style = (format: Style) => (s: string) => styleText(format, s, { validateStream: false });
const plain = (s: string) => s;

export function paint(enabled: boolean): Paint {
  if (!enabled) return { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain, underline: plain };
  return { red: style('red'), yellow: style('yellow'), blue: style('blue'), green: style('green'), dim: style('dim'), bold: style('bold'), underline: style('underline') };
}
