import PDFDocument from 'pdfkit';
import type { Lang } from '../core/i18n/lang.ts';

/**
 * Opens an accessible A4 document as the notification and the guide's PDFs share it: PDF 1.7,
 * tagged, the language set and the title shown. `bytes` resolves with the whole file once the
 * caller ends the document; nothing is written to disk.
 * @example const { doc, bytes } = openTaggedPdf('nl', { Title: 'Uw plan' }); …; doc.end(); await bytes;
 */
export function openTaggedPdf(
  lang: Lang,
  info: PDFKit.DocumentInfo,
): { doc: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 62, right: 62 },
    pdfVersion: '1.7',
    tagged: true,
    lang: lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info,
    autoFirstPage: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
