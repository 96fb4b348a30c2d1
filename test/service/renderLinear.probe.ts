// Counts the work of rendering each case of renderLinear.cases.ts empty, at its small size and at four
// times that, in a process of its own, and prints the output lengths and work counts as JSON. Counting starts
// before the service is loaded, so that V8 counts the blocks of every function of the renderer.
import { countWork, startCounting } from '../helpers/work';

startCounting();
// Loaded only now, so that none of the renderer's functions is compiled before counting started.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CASES, renderer } = require('./renderLinear.cases') as typeof import('./renderLinear.cases');

const results: Record<string, { output: number[]; work: number[] }> = {};
for (const name of process.argv.slice(2)) {
  const c = CASES[name];
  const sizes = [0, c.small, 4 * c.small];
  const output: number[] = [];
  const work = sizes.map((size) => {
    const render = renderer(c.make(size));
    return countWork(() => void output.push(render()));
  });
  results[name] = { output, work };
}
process.stdout.write(`${JSON.stringify(results)}\n`);
