// `regbrev render`: being written (see the issue). Until then it says so and exits with a usage error.
import type { Command } from '../io';

export const renderCommand: Command = {
  name: 'render',
  summary: '(render)',
  async run(_argv, io) {
    io.stderr.write('regbrev render: inte byggt ännu / not built yet\n');
    return 2;
  },
};
