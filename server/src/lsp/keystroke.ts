// Whether a change of a text is one keystroke of typing: one character, not a line break, typed in or
// deleted. The scheduler waits a little after a keystroke for the next one, and starts the analysis of
// any other change (a replaced figure, a paste, an undo, a quick fix) at once.
export function isKeystroke(before: string, after: string): boolean {
  const longer = after.length > before.length ? after : before;
  const shorter = longer === after ? before : after;
  if (longer.length - shorter.length !== 1) return false;
  let p = 0;
  while (p < shorter.length && longer.charCodeAt(p) === shorter.charCodeAt(p)) p++;
  const ch = longer.charCodeAt(p);
  if (ch === 10 || ch === 13) return false;
  // The rest after the one character must be the same: compared from the end, without copying.
  for (let i = 1; i <= shorter.length - p; i++) {
    if (longer.charCodeAt(longer.length - i) !== shorter.charCodeAt(shorter.length - i)) return false;
  }
  return true;
}
