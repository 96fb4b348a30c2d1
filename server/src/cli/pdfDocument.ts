// The printed report as a PDF others can navigate and file: Chromium prints it tagged (a structure tree
// of headings, lists, tables) with a document outline built from the headings, and this module then
// writes the metadata Chromium leaves out. Chromium takes the title from <title> and the language from
// <html lang>, but not the author, subject or keywords, and it writes no XMP packet; pdf-lib adds them
// to the document Chromium wrote, object for object, without touching its pages or its tags.
import { PDFDocument, PDFName } from 'pdf-lib';
import type { DocumentInfo } from '../service/index';

/**
 * Chromium's flags for the printed report, beyond those of every headless run. Headless `--print-to-pdf`
 * tags the PDF by default in the Chromium we test with (156; `--disable-pdf-tagging` turns it off, and
 * the older `--export-tagged-pdf` is gone), so only the outline has to be asked for: it becomes the
 * PDF's bookmarks, one per heading, nested as the headings are.
 */
export const PDF_FLAGS: readonly string[] = ['--generate-pdf-document-outline'];

/** Escapes text for XML element content. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    // XML 1.0 allows no control characters but tab and line breaks.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/**
 * The XMP packet: the same title, author, subject, keywords and language as the document information
 * dictionary, where archives and accessibility checkers (PDF/UA asks for dc:title) look for them.
 */
export function xmpPacket(info: DocumentInfo, producer: string, created: Date, modified: Date): string {
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<dc:title>${alt(info.title)}</dc:title>`,
    ...(info.author ? [`<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    `<dc:description>${alt(info.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(info.language)}</rdf:li></rdf:Bag></dc:language>`,
    ...(info.keywords.length > 0 ? [`<dc:subject><rdf:Bag>${info.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`] : []),
    `<pdf:Keywords>${xml(info.keywords.join(', '))}</pdf:Keywords>`,
    `<pdf:Producer>${xml(producer)}</pdf:Producer>`,
    '<xmp:CreatorTool>regbrev</xmp:CreatorTool>',
    `<xmp:CreateDate>${iso(created)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${iso(modified)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${iso(modified)}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/**
 * The PDF Chromium printed with the metadata it leaves out: the title (shown in the viewer's title bar
 * rather than the file name), author, subject, keywords, language, and the XMP packet. Works on the
 * bytes, so that the caller writes the file once, its own safe way. Throws when the bytes are no PDF.
 */
export async function withPdfMetadata(pdf: Uint8Array, info: DocumentInfo, now = new Date()): Promise<Uint8Array> {
  // updateMetadata: false keeps pdf-lib from stamping itself as producer and creator.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const producer = doc.getProducer() ?? 'Chromium';
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  // pdf-lib joins keywords with spaces; a keyword of several words ("Statens servicecenter") needs commas.
  doc.setKeywords([info.keywords.join(', ')]);
  doc.setLanguage(info.language);
  doc.setCreator('regbrev');
  doc.setModificationDate(now);
  const packet = new TextEncoder().encode(xmpPacket(info, producer, doc.getCreationDate() ?? now, now));
  // The packet must stay readable as text, so it is stored without compression.
  const stream = doc.context.stream(packet, { Type: 'Metadata', Subtype: 'XML', Length: packet.length });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  // Object streams would make the file a PDF 1.5; Chromium's is 1.4, and so it stays.
  return doc.save({ useObjectStreams: false });
}
