// Text that reaches a terminal or a CI log: file names and messages come from the reports (a file may be
// named with an escape sequence, a message quotes the author's text), and a control character printed raw
// can recolour, retitle or rewrite the reader's terminal, or start a new line that looks like a finding or
// a workflow command. Each such character is shown as an escape instead: C0 and C1 controls, DEL, and the
// line and paragraph separators and bidirectional overrides that reorder what a reader sees.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
