// `regbrev coverage`: being written (see the issue). Until then it says so and exits with a usage error.
import type { Command } from '../io';

export const coverageCommand: Command = {
  name: 'coverage',
  summary: '(coverage)',
  async run(_argv, io) {
    io.stderr.write('regbrev coverage: inte byggt ännu / not built yet\n');
    return 2;
  },
};
