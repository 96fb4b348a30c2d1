// The service's internals, for its own tests and benchmarks only: the analysed model behind the facade
// (reports with their engines, files with their YAML documents). The language server and the CLI never
// see these: they import only service/index.ts, whose answers are plain data
// (test/service/architecture.test.ts holds them to it).
import type { Analysis, ProjectAnalysis } from './analyze';
import type { LocateFn } from './tables/locate';
import type { FileState } from './workspace';

export interface ServiceInternals {
  analysis(): Analysis;
  projectFor(uri: string): ProjectAnalysis | undefined;
  fileState(uri: string): FileState | undefined;
  locate(): LocateFn;
}

const INTERNALS = new WeakMap<object, ServiceInternals>();

export function registerInternals(service: object, internals: ServiceInternals): void {
  INTERNALS.set(service, internals);
}

export function internalsOf(service: object): ServiceInternals {
  const internals = INTERNALS.get(service);
  if (!internals) throw new Error('not a language service');
  return internals;
}
