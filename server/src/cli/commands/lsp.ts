// `regbrev lsp --stdio`: the language server, for editors that start it through the CLI.
import { runServer } from '../../lsp/main';
import type { Command } from '../io';

const HELP = `regbrev lsp --stdio | --node-ipc | --socket=<port>

Startar språkservern (Language Server Protocol) för redigerare som Neovim, Helix eller Emacs.
Starts the language server for editors such as Neovim, Helix or Emacs.
`;

export const lspCommand: Command = {
  name: 'lsp',
  summary: 'starta språkservern / start the language server',
  async run(argv, io) {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout.write(HELP);
      return 0;
    }
    if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
      io.stderr.write(`regbrev lsp: ange transport / give a transport: --stdio\n\n${HELP}`);
      return 2;
    }
    runServer();
    // The server keeps the process alive; the exit code is set when the client shuts it down.
    return await new Promise<number>(() => undefined);
  },
};
