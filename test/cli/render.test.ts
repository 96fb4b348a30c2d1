// `regbrev render` without a browser: help, usage errors, the HTML it writes, the note about errors, and
// the message and exit code when no Chromium is found for --pdf.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCommand } from '../../server/src/cli/commands/render';
import type { CommandIO } from '../../server/src/cli/io';
import { UsageError } from '../../server/src/cli/load';
import { SAMPLE_DIR } from '../helpers/sample';

function recordingIO(env: Record<string, string | undefined> = { LANG: 'sv_SE.UTF-8' }): CommandIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: { write: (t: string) => void (io.out += t) },
    stderr: { write: (t: string) => void (io.err += t) },
    readStdin: async () => '',
    env,
  };
  return io;
}

describe('cli: regbrev render', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'regbrev-render-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('has help in Swedish and English', async () => {
    const io = recordingIO();
    assert.equal(await renderCommand.run(['--help'], io), 0);
    assert.match(io.out, /Skriver årsredovisningen/);
    assert.match(io.out, /Writes the annual report/);
    assert.match(io.out, /--pdf/);
  });

  it('needs a report and an output folder', async () => {
    await assert.rejects(renderCommand.run([SAMPLE_DIR], recordingIO()), UsageError);
    await assert.rejects(renderCommand.run(['-o', dir], recordingIO()), UsageError);
    await assert.rejects(renderCommand.run([join(SAMPLE_DIR, 'regleringsbrev.yaml'), '-o', dir], recordingIO()), /årsredovisning/);
  });

  it('writes index.html for the sample folder or its manifest, and says where', async () => {
    for (const input of [SAMPLE_DIR, join(SAMPLE_DIR, 'arsredovisning.yaml')]) {
      const io = recordingIO();
      assert.equal(await renderCommand.run([input, '-o', dir], io), 0, io.err);
      assert.match(io.out, /index\.html/);
      assert.equal(io.err, '', 'the sample has no errors');
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      assert.ok(html.startsWith('<!DOCTYPE html>'));
      assert.ok(html.includes('<p class="report-title">Årsredovisning 2023</p>'));
      assert.ok(existsSync(join(dir, 'tabeller.json')), 'the tables as data beside the page');
    }
  });

  it('renders a report with errors too, with a one-line note', async () => {
    writeFileSync(join(dir, 'arsredovisning.yaml'), 'typ: årsredovisning\nmyndighet: Prov\nräkenskapsår: 2024\nkapitel: [saknas.yaml]\n');
    const out = join(dir, 'out');
    const io = recordingIO();
    assert.equal(await renderCommand.run([join(dir, 'arsredovisning.yaml'), '-o', out], io), 0);
    assert.ok(existsSync(join(out, 'index.html')));
    assert.equal(io.err.trim().split('\n').length, 1);
    assert.match(io.err, /rapporten har \d+ fel/);
    assert.match(io.err, /the report has \d+ errors/);
  });

  it('says in both languages when no Chromium is found, still writes the HTML, and exits 2', async () => {
    const io = recordingIO({ REGBREV_CHROMIUM: join(dir, 'ingen-chromium'), PATH: '' });
    assert.equal(await renderCommand.run([SAMPLE_DIR, '-o', dir, '--pdf'], io), 2);
    assert.ok(existsSync(join(dir, 'index.html')));
    assert.ok(!existsSync(join(dir, 'arsredovisning.pdf')));
    assert.match(io.err, /hittade ingen Chromium/);
    assert.match(io.err, /no Chromium found/);
  });
});
