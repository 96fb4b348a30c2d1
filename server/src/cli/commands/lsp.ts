// `regbrev lsp`: being written (see the issue). Until then it says so and exits with a usage error.
import type { Command } from '../io';

export const lspCommand: Command = {
  name: 'lsp',
  summary: '(lsp)',
  async run(_argv, io) {
    io.stderr.write('regbrev lsp: inte byggt ännu / not built yet\n');
    return 2;
  },
};
