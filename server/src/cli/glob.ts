// Glob patterns for the command line (`*`, `?`, `[abc]`, `[!abc]`, `{a,b}`, `**`), matched by picomatch.
// Shells on Windows and quoted patterns in CI scripts hand the pattern over unexpanded, so regbrev
// expands it itself, the same way everywhere; paths are compared with `/` as the separator.
import picomatch from 'picomatch';

/** True when the argument contains a character that makes it a pattern rather than a path. */
export function isGlob(arg: string): boolean {
  return picomatch.scan(arg).isGlob;
}

/** A test of `/`-paths against a pattern; `[!abc]` negates a class, as in POSIX shells. */
export function globMatcher(glob: string): (path: string) => boolean {
  return picomatch(glob, { posix: true });
}

/**
 * The folder to start walking from: the pattern's leading segments without magic, so that
 * `samples/**\/*.yaml` walks only `samples/`.
 */
export function globBase(glob: string): string {
  return picomatch.scan(glob).base || '.';
}
