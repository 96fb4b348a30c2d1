// Simple glob patterns for the command line: `*`, `?`, `[abc]`, `{a,b}` and `**` for any number of
// folders. Shells on Windows and quoted patterns in CI scripts hand the pattern over unexpanded, so
// regbrev expands it itself, without a dependency, the same way everywhere.

/** True when the argument contains a character that makes it a pattern rather than a path. */
export function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Translates one glob (with `/` as separator) to an anchored regular expression over `/`-paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        i++;
        if (atSegmentStart && glob[i + 1] === '/') {
          i++;
          out += '(?:[^/]*/)*';
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (ch === '{') {
      braces++;
      out += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (ch === ',' && braces > 0) {
      out += '|';
    } else {
      out += escapeRegex(ch);
    }
  }
  return new RegExp(`^${out}${')'.repeat(braces)}$`);
}

/**
 * Splits a pattern into the folder to start walking from (its leading segments without magic) and the
 * rest, so that `samples/**\/*.yaml` walks only `samples/`.
 */
export function globBase(glob: string): string {
  const segments = glob.split('/');
  const base: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (isGlob(s)) break;
    base.push(s);
  }
  if (base.length === 0) return '.';
  // An absolute pattern keeps its leading slash.
  return base.join('/') || '/';
}
