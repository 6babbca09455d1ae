import QRCode from 'qrcode';
import { writeContent } from './text-writer.ts';

const n = (value: number): string => value.toFixed(2);

/**
 * Draws a QR code as vector squares: sharp at any print resolution and much cheaper than a PNG
 * per letter. Dark modules are merged into runs per row and written as one block of `re`
 * operators with a single fill, instead of one pdfkit call per square.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  // A fixed mask skips scoring all eight masks (a third of the QR time); any mask scans.
  // One byte-mode segment: the library would otherwise search for the shortest mix of modes for
  // every letter, which costs more than drawing it. A URL gains nothing from mixing modes.
  const { modules } = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: 2,
  });
  const quiet = 2;
  const cell = size / (modules.size + quiet * 2);
  // Scale to module units once, so each run is written in small whole numbers: a third of the
  // bytes of writing every square in points, which the compressor and the file both notice.
  const ops: string[] = [`q ${n(cell)} 0 0 ${n(cell)} ${n(x + quiet * cell)} ${n(y + quiet * cell)} cm`];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      ops.push(`${start} ${row} ${col - start} 1 re`);
    }
  }
  ops.push('f Q');
  doc.fillColor('black');
  writeContent(doc, ops.join('\n'));
}
