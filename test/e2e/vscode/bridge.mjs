// The browser side of the end-to-end tests. The mocha suite runs inside VS Code's extension host, which
// cannot see the workbench's DOM; this bridge, in the runner that drives the browser, answers its
// requests through files in a folder both can reach: the suite writes req-<n>.json, the bridge acts on
// the page with Playwright and writes res-<n>.json. Both sides poll; nothing sleeps a fixed time.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PREVIEW = '[data-regbrev-preview]';

/** The frame of regbrev's preview webview (VS Code nests each webview in two iframes). */
async function previewFrame(page) {
  for (const frame of page.frames()) {
    try {
      if (await frame.$(PREVIEW)) return frame;
    } catch {
      // A frame that navigates away while it is asked is not the one.
    }
  }
  return undefined;
}

async function until(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const describe = (els) => Promise.all(els.map((el) => el.evaluate((e) => ({
  text: e.textContent ?? '',
  attrs: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
}))));

/** The operations the suite may ask for. Each returns plain JSON. */
function operations(page, screenshots) {
  return {
    /** Waits until the preview shows `selector` (or no longer does, with `gone`), then describes the matches. */
    async 'webview.wait'({ selector, gone = false, timeoutMs = 20000 }) {
      return until(`${gone ? 'no ' : ''}${selector} in the preview`, async () => {
        const frame = await previewFrame(page);
        if (!frame) return undefined;
        const els = await frame.$$(`${PREVIEW} ${selector}`);
        if (gone) return els.length === 0 ? [] : undefined;
        return els.length > 0 ? describe(els) : undefined;
      }, timeoutMs);
    },
    async 'webview.click'({ selector }) {
      const frame = await until('the preview', () => previewFrame(page), 20000);
      await frame.click(`${PREVIEW} ${selector}`);
      return true;
    },
    async 'webview.scroll'({ selector }) {
      const frame = await until('the preview', () => previewFrame(page), 20000);
      await frame.$eval(`${PREVIEW} ${selector}`, (e) => e.scrollIntoView({ block: 'start' }));
      return true;
    },
    /** Describes the workbench's elements that match `selector` (waiting for at least one, unless `none`). */
    async 'dom.query'({ selector, timeoutMs = 10000, none = false }) {
      if (none) return describe(await page.$$(selector));
      return until(selector, async () => {
        const els = await page.$$(selector);
        return els.length > 0 ? describe(els) : undefined;
      }, timeoutMs);
    },
    async 'dom.click'({ selector, timeoutMs = 10000 }) {
      await page.click(selector, { timeout: timeoutMs });
      return true;
    },
    /** The command palette's entries for a query, as the user reads them. */
    async palette({ query }) {
      await page.keyboard.press('F1');
      const input = await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await input.fill(`>${query}`);
      const labels = await until('palette entries', async () => {
        const rows = await page.$$('.quick-input-list .monaco-list-row');
        if (rows.length === 0) return undefined;
        return Promise.all(rows.map((r) => r.evaluate((e) => e.getAttribute('aria-label') ?? e.textContent ?? '')));
      }, 10000);
      await page.keyboard.press('Escape');
      return labels;
    },
    /**
     * Types into the focused quick input (the palette, an input box, the simple file dialog) and presses
     * Enter, unless `enter` is false. With `title`, it first waits until the visible quick input carries
     * exactly that title, so that an answer never lands in the box before, still closing.
     */
    async answer({ text, title, enter = true, timeoutMs = 15000 }) {
      const visible = '.quick-input-widget:not([style*="display: none"])';
      if (title !== undefined) {
        await until(`the quick input titled ${title}`, async () => {
          const el = await page.$(`${visible} .quick-input-title`);
          return el !== null && (await el.evaluate((e) => e.textContent?.trim())) === title;
        }, timeoutMs);
      }
      const input = await page.waitForSelector(`${visible} input`, { state: 'visible', timeout: timeoutMs });
      await input.fill(text);
      if (enter) await page.keyboard.press('Enter');
      return true;
    },
    async screenshot({ name }) {
      mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: join(screenshots, name) });
      return join(screenshots, name);
    },
  };
}

/**
 * Serves the suite's requests until `done()` returns true. Requests are answered one at a time, in the
 * order of their numbers.
 */
export async function serveBridge(dir, page, screenshots, done) {
  mkdirSync(dir, { recursive: true });
  const ops = operations(page, screenshots);
  while (!done()) {
    const pending = readdirSync(dir).filter((f) => /^req-\d+\.json$/.test(f)).sort((a, b) => parseInt(a.slice(4), 10) - parseInt(b.slice(4), 10));
    for (const name of pending) {
      const id = name.slice(4, -5);
      const path = join(dir, name);
      let request;
      try {
        request = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        continue; // Still being written.
      }
      renameSync(path, join(dir, `done-${id}.json`));
      let response;
      try {
        const op = ops[request.op];
        if (!op) throw new Error(`unknown bridge operation ${request.op}`);
        response = { ok: true, value: await op(request.args ?? {}) };
      } catch (e) {
        response = { ok: false, error: String(e?.stack ?? e) };
      }
      const tmp = join(dir, `res-${id}.tmp`);
      writeFileSync(tmp, JSON.stringify(response));
      renameSync(tmp, join(dir, `res-${id}.json`));
    }
    if (!existsSync(dir)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
