// The PDF's metadata without a browser: pdf-lib's PDF of one page stands in for Chromium's, and the
// metadata that render --pdf adds to it is read back; the XMP packet escapes what the sources say; a file
// that is no PDF is left as it was. The end-to-end test (test/e2e/pdf.test.ts) prints the sample itself.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { withPdfMetadata, xmpPacket } from '../../server/src/cli/pdfDocument';
import type { DocumentInfo } from '../../server/src/service/render/report';

const INFO: DocumentInfo = {
  title: 'Årsredovisning 2024 – Prov & <Myndighet>',
  author: 'Prov & <Myndighet>',
  subject: 'Årsredovisning 2024 för Prov & <Myndighet>',
  keywords: ['Årsredovisning', 'Prov & <Myndighet>', '2024'],
  language: 'sv',
};

describe('cli: the PDF’s metadata', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'regbrev-pdf-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes title, author, subject, keywords, language and an XMP packet into the PDF', async () => {
    const original = await PDFDocument.create();
    original.addPage([595, 842]);
    original.setProducer('Skia/PDF m156');
    const path = join(dir, 'arsredovisning.pdf');
    writeFileSync(path, await withPdfMetadata(await original.save(), INFO, new Date('2025-02-20T12:00:00Z')));

    const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
    assert.equal(doc.getTitle(), INFO.title);
    assert.equal(doc.getAuthor(), INFO.author);
    assert.equal(doc.getSubject(), INFO.subject);
    assert.equal(doc.getKeywords(), 'Årsredovisning, Prov & <Myndighet>, 2024');
    assert.equal(doc.getCreator(), 'regbrev');
    assert.equal(doc.getProducer(), 'Skia/PDF m156', 'the producer stays the one that printed it');
    assert.equal(String(doc.catalog.get(PDFName.of('Lang'))), '(sv)');
    assert.equal(doc.getPageCount(), 1);
    const text = readFileSync(path, 'latin1');
    assert.match(text, /\/Type \/Metadata/);
    assert.ok(Buffer.from(readFileSync(path)).includes(Buffer.from('<dc:language><rdf:Bag><rdf:li>sv</rdf:li></rdf:Bag></dc:language>')));
    assert.deepEqual(readdirSync(dir), ['arsredovisning.pdf'], 'no file left beside it');
  });

  it('escapes the sources’ text in the XMP packet', () => {
    const xmp = xmpPacket({ ...INFO, title: 'A <b> & "c"\u0001' }, 'Skia', new Date(0), new Date(0));
    assert.ok(xmp.includes('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">A &lt;b&gt; &amp; &quot;c&quot;</rdf:li></rdf:Alt></dc:title>'));
    assert.ok(xmp.includes('<dc:creator><rdf:Seq><rdf:li>Prov &amp; &lt;Myndighet&gt;</rdf:li></rdf:Seq></dc:creator>'));
    assert.ok(!xmp.includes('\u0001'));
    assert.ok(xmp.includes('<xmp:CreateDate>1970-01-01T00:00:00Z</xmp:CreateDate>'));
  });

  it('refuses bytes that are no PDF, saying why', async () => {
    await assert.rejects(withPdfMetadata(new TextEncoder().encode('inte en pdf'), INFO), /./);
  });
});
