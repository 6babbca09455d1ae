import QRCode from 'qrcode';
import { writeContent } from './text-writer.ts';

const n = (value: number): string => value.toFixed(2);

/**
 * Draws a QR code as a one-bit inline image mask: one module is one image sample, painted in
 * black and scaled to `size` without smoothing, so the squares stay sharp at any print
 * resolution. About 250 bytes of hexadecimal per code instead of a few thousand bytes of
 * rectangles, which the renderer, the compressor and the file all notice at a million letters.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  // A fixed mask skips scoring all eight masks (a third of the QR time); any mask scans.
  // One byte-mode segment: the library would otherwise search for the shortest mix of modes for
  // every letter, which costs more than drawing it. A URL gains nothing from mixing modes.
  const { modules } = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: 2,
  });
  const count = modules.size;
  const quiet = 2;
  const cell = size / (count + quiet * 2);
  const side = cell * count;
  // Rows of bits, each padded to whole bytes, 1 for a dark module.
  const rowBytes = Math.ceil(count / 8);
  const bits = Buffer.alloc(rowBytes * count);
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!modules.get(row, col)) continue;
      const at = row * rowBytes + (col >> 3);
      bits.writeUInt8((bits.readUInt8(at) | (0x80 >> (col & 7))) & 0xff, at);
    }
  }
  // pdfkit's page space runs top-down, so the image is flipped to keep its first row on top.
  // Hexadecimal data (AHx) ends at `>`, so no byte of it can be mistaken for the end marker.
  writeContent(
    doc,
    `0 g q ${n(side)} 0 0 ${n(-side)} ${n(x + quiet * cell)} ${n(y + quiet * cell + side)} cm\n` +
      `BI /W ${count} /H ${count} /BPC 1 /IM true /D [1 0] /F /AHx ID ${bits.toString('hex')}> EI Q`,
  );
}
