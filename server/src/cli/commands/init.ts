// `regbrev init`: being written (see the issue). Until then it says so and exits with a usage error.
import type { Command } from '../io';

export const initCommand: Command = {
  name: 'init',
  summary: '(init)',
  async run(_argv, io) {
    io.stderr.write('regbrev init: inte byggt ännu / not built yet\n');
    return 2;
  },
};
