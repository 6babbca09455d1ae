import type { Letter, LetterBlock } from '../../core/letters/types.ts';
import { createFlow, type Flow } from './flow.ts';
import { layout, mm } from './layout.ts';
import { drawQr } from './qr.ts';
import { fontNames, type TextStyle, type TextWriter } from './text-writer.ts';

export { fontNames } from './text-writer.ts';

type Struct = PDFKit.PDFStructureElement;

/** A PDF document being filled with letters: pdfkit's document, its text writer, its root element. */
export interface LetterCanvas {
  doc: PDFKit.PDFDocument;
  text: TextWriter;
  /** The Document element every letter's Art element goes under. */
  root: Struct;
}

const langTags = { nl: 'nl-NL', en: 'en-GB' } as const;
const left = mm(layout.marginLeft);
const contentWidth = mm(layout.pageWidth - layout.marginLeft - layout.marginRight);
const { fontSize } = layout;
/** Room between "Met vriendelijke groet," and the name, where a signature would go. */
const signatureGap = 10;
const styles = {
  body: { font: fontNames.regular, size: fontSize.body },
  strong: { font: fontNames.bold, size: fontSize.body },
  small: { font: fontNames.regular, size: fontSize.small },
  instructions: { font: fontNames.regular, size: fontSize.small + 0.5 },
  title: { font: fontNames.bold, size: fontSize.title },
  heading: { font: fontNames.bold, size: fontSize.heading },
  subheading: { font: fontNames.bold, size: fontSize.subheading },
  code: { font: fontNames.mono, size: fontSize.code },
} satisfies Record<string, TextStyle>;

/** Lines at a fixed place (sender, window, reference, code box) as one tagged element; returns its bottom. */
function fixedBlock(
  canvas: LetterCanvas,
  parent: Struct,
  style: TextStyle,
  lines: readonly string[],
  box: { x: number; y: number; width: number },
  options: { type?: string; personal?: boolean } = {},
): number {
  const type = options.type ?? 'P';
  const { doc, text } = canvas;
  const wrapped = text.breakLines(style, lines.join('\n'), box.width);
  const step = text.lineHeight(style);
  const element = doc.struct(type);
  parent.add(element);
  const content = doc.markStructureContent(type);
  const placed = wrapped.map((line, i) => ({ text: line, x: box.x, y: box.y + i * step }));
  if (options.personal) text.write(style, placed);
  else text.writeShared(style, placed);
  doc.endMarkedContent();
  element.add(content);
  element.end();
  return box.y + wrapped.length * step;
}

const returnSizes = new Map<string, number>();

/**
 * The post needs the whole return address: print it smaller, down to 6 pt, before wrapping it
 * to a second line. Chosen once per sender and width, since every letter of a batch has the same one.
 */
function returnAddressStyle(text: TextWriter, value: string, width: number): TextStyle {
  const key = `${Math.round(width)}|${value}`;
  let size = returnSizes.get(key);
  if (size === undefined) {
    size = [7.5, 7, 6.5].find((s) => text.measure({ font: fontNames.regular, size: s }, value) <= width) ?? 6;
    if (returnSizes.size > 100) returnSizes.clear();
    returnSizes.set(key, size);
  }
  return { font: fontNames.regular, size };
}

/** A box of the page layout, from millimetres to points. */
const box = (b: { x: number; y: number; width: number }) => ({ x: mm(b.x), y: mm(b.y), width: mm(b.width) });

function drawHeader(canvas: LetterCanvas, art: Struct, letter: Letter): void {
  const sender = box(layout.sender);
  const below = fixedBlock(canvas, art, styles.strong, [letter.sender.name], sender);
  fixedBlock(canvas, art, styles.body, letter.sender.addressLines, { ...sender, y: below });
  const r = box(layout.returnLine);
  const returnStyle = returnAddressStyle(canvas.text, letter.sender.returnAddress, r.width);
  // Never cut: what does not fit one line at 6 pt wraps to a second line, which still ends above
  // the recipient's address; the sender form refuses an address that would need a third.
  fixedBlock(canvas, art, returnStyle, [letter.sender.returnAddress], r);
  fixedBlock(canvas, art, styles.body, letter.recipient.addressLines, box(layout.address), {
    personal: true,
  });
  const meta = letter.meta.map((line) => `${line.label}: ${line.value}`);
  fixedBlock(canvas, art, styles.body, meta, box(layout.meta), { personal: true });
}

function drawCode(canvas: LetterCanvas, flow: Flow, art: Struct, letter: Letter): void {
  const { doc } = canvas;
  const { code } = layout;
  const top = flow.y;
  const height = mm(code.boxHeight);
  const qr = mm(code.qrSize);
  doc.markContent('Artifact', { type: 'Layout' });
  doc.lineWidth(1).strokeColor('#000000').rect(left, top, contentWidth, height).stroke();
  doc.endMarkedContent();
  const inner = contentWidth - qr - mm(8);
  const x = left + mm(4);
  const div = doc.struct('Div');
  art.add(div);
  let y = top + mm(3);
  const put = (type: string, style: TextStyle, value: string, personal = false) => {
    y = fixedBlock(canvas, div, style, [value], { x, y, width: inner }, { type, personal }) + mm(1);
  };
  put('H2', styles.subheading, letter.code.label);
  put('P', styles.code, letter.code.display, true);
  put('P', styles.instructions, letter.code.instructions);
  const figure = doc.struct('Figure', { alt: letter.code.label });
  div.add(figure);
  figure.add(() =>
    drawQr(doc, letter.code.url, left + contentWidth - qr - mm(3), top + (height - qr) / 2, qr),
  );
  figure.end();
  div.end();
  flow.y = top + height + mm(6);
}

/** Draws one list item: its bullet, its text and any detail lines. */
function drawItem(
  canvas: LetterCanvas,
  flow: Flow,
  list: Struct,
  item: Extract<LetterBlock, { kind: 'list' }>['items'][number],
  column: number,
): void {
  const { doc, text } = canvas;
  const hasDetails = Boolean(item.details && item.details.length > 0);
  const li = doc.struct('LI');
  list.add(li);
  // The bullet is decoration: an artifact, as PDF/UA allows; the L and LI elements already tell
  // assistive technology that this is a list item. One structure element less per item.
  doc.markContent('Artifact', { type: 'Layout' });
  text.write(styles.body, [{ text: '•', x: left + column + 4, y: flow.y }]);
  doc.endMarkedContent();
  const body = doc.struct('LBody');
  li.add(body);
  const indent = column + 14;
  flow.into(body, 'LBody', hasDetails ? styles.strong : styles.body, item.text, {
    indent,
    gapAfter: hasDetails ? 0 : 2,
  });
  for (const detail of item.details ?? [])
    flow.into(body, 'LBody', styles.body, detail, { indent, gapAfter: 1 });
  if (hasDetails) flow.gap(2);
  body.end();
  li.end();
}

function drawList(
  canvas: LetterCanvas,
  flow: Flow,
  parent: Struct,
  items: Extract<LetterBlock, { kind: 'list' }>['items'],
): void {
  const { doc, text } = canvas;
  const list = doc.struct('L');
  parent.add(list);
  const step = text.lineHeight(styles.body);
  const half = contentWidth / 2;
  // A list of short words (the kinds of data) reads well in two columns and saves half its lines.
  const twoColumns =
    items.length >= 4 &&
    items.every((item) => !item.details?.length && text.measure(styles.body, item.text) <= half - 20);
  if (twoColumns) {
    const rows = Math.ceil(items.length / 2);
    flow.ensure(rows * (step + 2));
    const top = flow.y;
    items.forEach((item, i) => {
      flow.y = top + (i % rows) * (step + 2);
      drawItem(canvas, flow, list, item, i < rows ? 0 : half);
    });
    flow.y = top + rows * (step + 2);
  } else {
    for (const item of items) {
      // The bullet and the first lines of its item stay on one page.
      flow.ensure(step * 3);
      drawItem(canvas, flow, list, item, 0);
    }
  }
  list.end();
  flow.gap(step * 0.3);
}

function drawBlock(canvas: LetterCanvas, flow: Flow, sect: Struct, block: LetterBlock): void {
  if (block.kind === 'paragraph') flow.paragraph(sect, 'P', styles.body, block.text, { gapAfter: 4 });
  else if (block.kind === 'subheading')
    flow.paragraph(sect, 'H3', styles.subheading, block.text, { gapAfter: 2, keepWith: 30 });
  else drawList(canvas, flow, sect, block.items);
}

/**
 * Renders one letter from a fresh page on; returns the number of pages it took. The caller
 * stamps page numbers (they need the total) and flushes the pages.
 */
export function renderLetter(canvas: LetterCanvas, letter: Letter): number {
  const { doc, text } = canvas;
  const startPage = doc.bufferedPageRange().start + doc.bufferedPageRange().count;
  doc.addPage();
  const art = doc.struct('Art', { lang: langTags[letter.lang], title: letter.title });
  canvas.root.add(art);
  drawHeader(canvas, art, letter);

  const flow = createFlow(
    doc,
    text,
    {
      left,
      width: contentWidth,
      top: mm(layout.marginTop),
      bottom: mm(layout.pageHeight - layout.marginBottom),
    },
    () => doc.addPage(),
  );
  flow.y = mm(layout.contentStartY);
  flow.paragraph(art, 'H1', styles.title, letter.title, { gapAfter: 6 });
  drawCode(canvas, flow, art, letter);
  flow.paragraph(art, 'P', styles.body, letter.salutation, { gapAfter: 6, personal: true });

  for (const section of letter.sections) {
    const sect = doc.struct('Sect');
    art.add(sect);
    flow.paragraph(sect, 'H2', styles.heading, section.heading, { gapAfter: 3, keepWith: 30 });
    for (const block of section.blocks) drawBlock(canvas, flow, sect, block);
    sect.end();
    flow.gap(text.lineHeight(styles.body) * 0.25);
  }

  const signature = [letter.signature.name, letter.signature.role, letter.signature.organisation].filter(
    Boolean,
  );
  // The closing and signature stay together, and with the text above when they fit.
  flow.ensure(text.lineHeight(styles.body) * (signature.length + 1) + signatureGap);
  flow.paragraph(art, 'P', styles.body, letter.closing, { gapAfter: signatureGap });
  flow.paragraph(art, 'P', styles.body, signature.join('\n'));
  art.end();

  const range = doc.bufferedPageRange();
  return range.start + range.count - startPage;
}

/** Writes "Pagina 1 van 2" on each page of the letter that starts at buffered page `first`. */
export function stampPageNumbers(canvas: LetterCanvas, letter: Letter, first: number, count: number): void {
  const { doc, text } = canvas;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(first + i);
    const label = `${letter.footer.page} ${i + 1} ${letter.footer.of} ${count}`;
    doc.markContent('Artifact', { type: 'Pagination' });
    text.write(styles.small, [
      { text: label, x: left + contentWidth - text.measure(styles.small, label), y: mm(layout.footerY) },
    ]);
    doc.endMarkedContent();
  }
}
