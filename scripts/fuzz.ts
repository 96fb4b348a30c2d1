// `npm run fuzz [-- --runs N --seed S]`: runs the fuzz harness (test/fuzz/harness.ts) over mutations of
// the SSC sample and prints how many cases threw, took over two seconds of CPU, or answered with malformed
// findings or ranges. Exit code 0 when there were none, 1 otherwise. Defaults: 10 000 cases, seed 2023.
import { fuzz } from '../test/fuzz/harness';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 0) {
    process.stderr.write(`fuzz: --${name} ska vara ett heltal / must be a whole number\n`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 10_000);
const seed = option('seed', 2023);
const started = Date.now();
const summary = fuzz(runs, seed, (done, s) => {
  if (done % 500 === 0) process.stderr.write(`fuzz: ${done}/${runs} cases, ${s.exceptions} exceptions, ${s.slow} slow, ${s.malformed} malformed\n`);
});
for (const e of summary.examples) process.stdout.write(`  ${e}\n`);
process.stdout.write(
  `fuzz: ${summary.cases} cases (seed ${seed}): ${summary.exceptions} exceptions, ${summary.slow} slow (over 2 s of CPU), `
  + `${summary.malformed} malformed; slowest case ${(summary.slowestMs / 1000).toFixed(2)} s of CPU; ${Math.round((Date.now() - started) / 1000)} s in all\n`,
);
process.exitCode = summary.exceptions + summary.slow + summary.malformed === 0 ? 0 : 1;
