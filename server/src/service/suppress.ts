// Suppression comments: `# regbrev-disable-line <code>[,<code>] <reason>` at the end of a line, or
// `# regbrev-disable-next-line <code> <reason>` on the line before, silence those rules there.
import type { Problem } from './problems';

const DIRECTIVE = /#\s*regbrev-disable-(next-)?line\s+([\w,-]+)/g;

interface Directives {
  /** Line number → codes silenced on that line. */
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
  readonly lineStarts: readonly number[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function readDirectives(text: string): Directives | undefined {
  if (!text.includes('regbrev-disable')) return undefined;
  const starts = lineStarts(text);
  const lines = new Map<number, Set<string>>();
  for (const m of text.matchAll(DIRECTIVE)) {
    const line = lineOf(starts, m.index ?? 0) + (m[1] ? 1 : 0);
    const set = lines.get(line) ?? new Set<string>();
    for (const code of m[2].split(',')) if (code) set.add(code);
    lines.set(line, set);
  }
  return { lines, lineStarts: starts };
}

export function isSuppressed(problem: Problem, directives: Directives | undefined): boolean {
  if (!directives) return false;
  const line = lineOf(directives.lineStarts, problem.range.start);
  return directives.lines.get(line)?.has(problem.code) ?? false;
}
