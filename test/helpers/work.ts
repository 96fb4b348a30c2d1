// Counts the work a piece of code does, without a clock: V8's precise coverage counts how often every
// function and every block of JavaScript runs, and the sum of those counts grows with the work done. A
// test compares the count across input sizes (linear work grows as the input, quadratic as its square),
// which no load on the machine can disturb. Work inside the regular-expression engine is native and not
// counted; `cpuGrowth` compares CPU time across sizes for that.
//
// V8 counts blocks only in functions compiled after counting started, so `startCounting` must run before
// the code under test is first called, and counting is never stopped: a test runs its measurement in a
// process of its own (see test/service/renderLinear.probe.ts) rather than in a mocha worker that may have
// run the same code before.
import { Session } from 'node:inspector';

interface Coverage {
  readonly result: readonly { readonly functions: readonly { readonly ranges: readonly { readonly count: number }[] }[] }[];
}

function post<T>(session: Session, method: string, params?: object): T {
  let out: T | undefined;
  let failure: Error | null = null;
  // The inspector answers synchronously in the same thread; the callback has run when post returns.
  session.post(method, params ?? {}, (err: Error | null, result: unknown) => {
    failure = err;
    out = result as T;
  });
  if (failure) throw failure;
  return out as T;
}

let session: Session | undefined;

/** Starts counting for the rest of the process; call it before the code to be measured is loaded. */
export function startCounting(): void {
  if (session) return;
  session = new Session();
  session.connect();
  post(session, 'Profiler.enable');
  post(session, 'Profiler.startPreciseCoverage', { callCount: true, detailed: true });
}

/** The number of function calls and block executions of JavaScript while `run` runs. */
export function countWork(run: () => void): number {
  if (!session) throw new Error('startCounting() must run first');
  post<Coverage>(session, 'Profiler.takePreciseCoverage'); // resets the counters
  run();
  const coverage = post<Coverage>(session, 'Profiler.takePreciseCoverage');
  let total = 0;
  for (const script of coverage.result) for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
  return total;
}

/**
 * How much more CPU time `run(large)` takes than `run(small)`: the least of a few tries of each, so that
 * a collection or a compilation in one try does not count. Only the ratio is used, never the time.
 */
export function cpuGrowth(run: (size: number) => void, small: number, large: number, tries = 3): number {
  const cpu = (size: number) => {
    let best = Infinity;
    for (let i = 0; i < tries; i++) {
      const start = process.cpuUsage();
      run(size);
      const used = process.cpuUsage(start);
      best = Math.min(best, used.user + used.system);
    }
    return best;
  };
  cpu(small); // warms up the code paths, so that compilation is not counted for the small size only
  return cpu(large) / Math.max(cpu(small), 1);
}
