// The suite's side of the browser bridge (see ../bridge.mjs): asks the runner, which drives the browser
// the workbench runs in, to read or act on the page, and waits for its answer by polling.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let next = 0;

/** The bridge folder of this window: one per workspace, since one runner may drive several windows. */
function folder(scenario: string): string {
  const root = process.env.REGBREV_E2E_BRIDGE;
  if (!root) throw new Error('no browser bridge: REGBREV_E2E_BRIDGE is not set by the runner');
  const dir = join(root, scenario);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function browser<T>(scenario: string, op: string, args: Record<string, unknown> = {}, timeoutMs = 90000): Promise<T> {
  const dir = folder(scenario);
  const id = ++next;
  const tmp = join(dir, `req-${id}.tmp`);
  writeFileSync(tmp, JSON.stringify({ op, args }));
  renameSync(tmp, join(dir, `req-${id}.json`));
  const answer = join(dir, `res-${id}.json`);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(answer)) {
    if (Date.now() > deadline) throw new Error(`the browser bridge did not answer ${op}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const response = JSON.parse(readFileSync(answer, 'utf8')) as { ok: boolean; value?: T; error?: string };
  rmSync(answer, { force: true });
  if (!response.ok) throw new Error(`browser: ${op}: ${response.error}`);
  return response.value as T;
}
