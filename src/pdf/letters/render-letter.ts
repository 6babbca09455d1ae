import type { Letter, LetterBlock } from '../../core/letters/types.ts';
import { layout, mm } from './layout.ts';
import { drawQr } from './qr.ts';

export const fontNames = { regular: 'LetterSans', bold: 'LetterSansBold', mono: 'LetterMono' } as const;

const langTags = { nl: 'nl-NL', en: 'en-GB' } as const;
const left = mm(layout.marginLeft);
const contentWidth = mm(layout.pageWidth - layout.marginLeft - layout.marginRight);
type Struct = PDFKit.PDFStructureElement;

function text(
  doc: PDFKit.PDFDocument,
  parent: Struct,
  type: string,
  value: string,
  options: PDFKit.Mixins.TextOptions = {},
): void {
  doc.text(value, { width: contentWidth, ...options, structParent: parent, structType: type });
}

/** Starts a new page when less than `needed` points remain, so a heading never ends a page. */
function keepTogether(doc: PDFKit.PDFDocument, needed: number): void {
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    doc.x = left;
  }
}

function drawHeader(doc: PDFKit.PDFDocument, art: Struct, letter: Letter): void {
  const { fontSize } = layout;
  doc.font(fontNames.bold).fontSize(fontSize.body);
  const s = layout.sender;
  doc.text(letter.sender.name, mm(s.x), mm(s.y), { width: mm(s.width), structParent: art, structType: 'P' });
  doc.font(fontNames.regular);
  doc.text(letter.sender.addressLines.join('\n'), mm(s.x), doc.y, {
    width: mm(s.width),
    structParent: art,
    structType: 'P',
  });

  doc.fontSize(fontSize.small);
  const r = layout.returnLine;
  doc.text(letter.sender.returnAddress, mm(r.x), mm(r.y), {
    width: mm(r.width),
    height: mm(4),
    ellipsis: true,
    lineBreak: false,
    structParent: art,
    structType: 'P',
  });

  doc.fontSize(fontSize.body);
  const a = layout.address;
  doc.text(letter.recipient.addressLines.join('\n'), mm(a.x), mm(a.y), {
    width: mm(a.width),
    structParent: art,
    structType: 'P',
  });

  const m = layout.meta;
  doc.text(letter.meta.map((line) => `${line.label}: ${line.value}`).join('\n'), mm(m.x), mm(m.y), {
    width: mm(m.width),
    structParent: art,
    structType: 'P',
  });
}

function drawCode(doc: PDFKit.PDFDocument, art: Struct, letter: Letter): void {
  const { code, fontSize } = layout;
  const top = doc.y;
  const height = mm(code.boxHeight);
  const qr = mm(code.qrSize);
  doc.markContent('Artifact', { type: 'Layout' });
  doc.lineWidth(1).strokeColor('#000000').rect(left, top, contentWidth, height).stroke();
  doc.endMarkedContent();
  const inner = contentWidth - qr - mm(8);
  const div = doc.struct('Div');
  art.add(div);
  doc.font(fontNames.bold).fontSize(fontSize.subheading);
  doc.text(letter.code.label, left + mm(4), top + mm(3), {
    width: inner,
    structParent: div,
    structType: 'H2',
  });
  doc.font(fontNames.mono).fontSize(fontSize.code);
  doc.text(letter.code.display, left + mm(4), doc.y + mm(1), {
    width: inner,
    structParent: div,
    structType: 'P',
  });
  doc.font(fontNames.regular).fontSize(fontSize.small + 0.5);
  doc.text(letter.code.instructions, left + mm(4), doc.y + mm(1), {
    width: inner,
    structParent: div,
    structType: 'P',
  });
  const figure = doc.struct('Figure', { alt: letter.code.label });
  div.add(figure);
  figure.add(() =>
    drawQr(doc, letter.code.url, left + contentWidth - qr - mm(3), top + (height - qr) / 2, qr),
  );
  figure.end();
  div.end();
  doc.x = left;
  doc.y = top + height + mm(6);
}

function drawBlock(doc: PDFKit.PDFDocument, sect: Struct, block: LetterBlock): void {
  const { fontSize } = layout;
  if (block.kind === 'paragraph') {
    doc.font(fontNames.regular).fontSize(fontSize.body);
    text(doc, sect, 'P', block.text, { paragraphGap: 4 });
  } else if (block.kind === 'subheading') {
    keepTogether(doc, 40);
    doc.font(fontNames.bold).fontSize(fontSize.subheading);
    text(doc, sect, 'H3', block.text, { paragraphGap: 2 });
  } else {
    doc.font(fontNames.regular).fontSize(fontSize.body);
    const items: (string | string[])[] = [];
    for (const item of block.items) {
      items.push(item.text);
      if (item.details && item.details.length > 0) items.push([...item.details]);
    }
    const list = doc.struct('L');
    sect.add(list);
    doc.list(items, left, doc.y, {
      width: contentWidth,
      bulletRadius: 2,
      bulletIndent: 10,
      textIndent: 14,
      paragraphGap: 2,
      structParent: list,
    });
    list.end();
    doc.moveDown(0.3);
  }
  doc.x = left;
}

/**
 * Renders one letter from a fresh page on; returns the number of pages it took. The caller
 * stamps page numbers (they need the total) and flushes the pages.
 */
export function renderLetter(doc: PDFKit.PDFDocument, letter: Letter): number {
  const startPage = doc.bufferedPageRange().start + doc.bufferedPageRange().count;
  doc.addPage();
  const art = doc.struct('Art', { lang: langTags[letter.lang], title: letter.title });
  doc.addStructure(art);
  drawHeader(doc, art, letter);

  doc.x = left;
  doc.y = mm(layout.contentStartY);
  doc.font(fontNames.bold).fontSize(layout.fontSize.title);
  text(doc, art, 'H1', letter.title, { paragraphGap: 6 });
  drawCode(doc, art, letter);
  doc.font(fontNames.regular).fontSize(layout.fontSize.body);
  text(doc, art, 'P', letter.salutation, { paragraphGap: 6 });

  for (const section of letter.sections) {
    const sect = doc.struct('Sect');
    art.add(sect);
    keepTogether(doc, 50);
    doc.font(fontNames.bold).fontSize(layout.fontSize.heading);
    text(doc, sect, 'H2', section.heading, { paragraphGap: 3 });
    for (const block of section.blocks) drawBlock(doc, sect, block);
    sect.end();
    doc.moveDown(0.4);
  }

  keepTogether(doc, 60);
  doc.font(fontNames.regular).fontSize(layout.fontSize.body);
  text(doc, art, 'P', letter.closing, { paragraphGap: 14 });
  const signature = [letter.signature.name, letter.signature.role, letter.signature.organisation].filter(
    Boolean,
  );
  text(doc, art, 'P', signature.join('\n'));
  art.end();

  const range = doc.bufferedPageRange();
  return range.start + range.count - startPage;
}

/** Writes "Pagina 1 van 2" on each page of the letter that starts at buffered page `first`. */
export function stampPageNumbers(
  doc: PDFKit.PDFDocument,
  letter: Letter,
  first: number,
  count: number,
): void {
  for (let i = 0; i < count; i++) {
    doc.switchToPage(first + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(fontNames.regular).fontSize(layout.fontSize.small);
    doc.text(`${letter.footer.page} ${i + 1} ${letter.footer.of} ${count}`, left, mm(layout.footerY), {
      width: contentWidth,
      align: 'right',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
