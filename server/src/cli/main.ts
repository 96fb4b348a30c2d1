// The regbrev command: one sub-command per file under commands/, all over the same language service as
// the language server, so that CI and the editor always agree.
import { checkCommand } from './commands/check';
import { coverageCommand } from './commands/coverage';
import { exportCommand } from './commands/export';
import { initCommand } from './commands/init';
import { lspCommand } from './commands/lsp';
import { renderCommand } from './commands/render';
import { schemaCommand } from './commands/schema';
import type { Command, CommandIO } from './io';
import { processIO } from './io';
import { UsageError } from './load';
import { VERSION } from './version';
import { isMainThread } from 'node:worker_threads';
import { isCheckWorker, runCheckWorker } from './workers';

export const COMMANDS: readonly Command[] = [checkCommand, coverageCommand, renderCommand, exportCommand, schemaCommand, initCommand, lspCommand];

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `regbrev – årsredovisning som kod / annual reports as code

Användning / usage: regbrev <kommando> [flaggor]

${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

regbrev <kommando> --help visar hjälp för kommandot / shows the command's help.
`;
}

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`Okänt kommando / unknown command: ${name}`);
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`regbrev ${command?.name ?? ''}: ${e.message}\n\nregbrev ${command?.name ?? ''} --help\n`.replace('regbrev :', 'regbrev:'));
      return 2;
    }
    const err = e as Error;
    io.stderr.write(`regbrev: internt fel / internal error: ${err.stack ?? err.message}\n`);
    return 2;
  }
}

if (isCheckWorker()) {
  runCheckWorker();
} else if (isMainThread && require.main === module) {
  void main(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
