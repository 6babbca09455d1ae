import QRCode from 'qrcode';

/**
 * Draws a QR code as vector squares (one filled path, rows merged into runs): sharp at any print
 * resolution and much cheaper than embedding a PNG per letter.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  // A fixed mask skips scoring all eight masks (a third of the QR time); any mask scans.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M', maskPattern: 2 });
  const quiet = 2;
  const cell = size / (modules.size + quiet * 2);
  const ox = x + quiet * cell;
  const oy = y + quiet * cell;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(ox + start * cell, oy + row * cell, (col - start) * cell, cell);
    }
  }
  doc.fillColor('black').fill();
}
