// "Did you mean" suggestions: the closest known name by edit distance, when it is close enough to be a
// likely typo rather than another name.
/** Levenshtein distance: insertions, deletions and substitutions of one character each. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The candidate closest to `name`, if at most `maxDistance(name)` edits away (case is ignored). */
export function closestName(name: string, candidates: Iterable<string>, maxDistance = (n: string) => Math.max(2, Math.floor(n.length / 4))): string | undefined {
  let best: string | undefined;
  let score = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < score) {
      score = d;
      best = c;
    }
  }
  return best !== undefined && score <= maxDistance(name) ? best : undefined;
}
