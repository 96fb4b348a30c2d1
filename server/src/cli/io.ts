// What a command may touch of the process: output streams, stdin, the environment and the working
// directory. Tests hand in a recording implementation; main.ts hands in the real one.
export interface CommandIO {
  readonly stdout: { write(text: string): void; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): void; readonly isTTY?: boolean };
  readStdin(): Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * The directory relative paths are resolved against and printed relative to. Optional so that older
   * callers keep working; the process's working directory when absent.
   */
  readonly cwd?: string;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Runs the command and returns its exit code: 0 clean, 1 findings, 2 usage or runtime error. */
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}

export function processIO(): CommandIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (c: Buffer) => chunks.push(c));
        process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        process.stdin.on('error', reject);
      }),
  };
}
