import type { Lang } from '../../core/i18n/lang.ts';
import { openTaggedPdf } from '../tagged-document.ts';
import { fontSource, loadLetterFonts } from '../letters/fonts.ts';

/** One block of a simple document: a heading, a paragraph, a bulleted list or a checklist. */
export type PdfBlock =
  | { type: 'h1' | 'h2' | 'h3' | 'p'; text: string }
  | { type: 'list' | 'checklist'; items: string[] }
  | { type: 'space' };

/** A document the guide renders as PDF: the plan, or a letter a victim sends. */
export interface SimpleDocument {
  title: string;
  lang: Lang;
  blocks: PdfBlock[];
  /** Fixes the PDF's creation date, so the same input gives the same bytes. */
  createdAt: Date;
}

/**
 * Renders a simple document as an accessible PDF: A4, PDF 1.7, tagged (headings, paragraphs,
 * lists), the document language set and its title shown, DejaVu Sans embedded as subsets
 * (the same fonts as the letters). Resolves with the bytes; nothing is written to disk.
 * @example await renderSimplePdf({ title: 'Uw plan', lang: 'nl', blocks, createdAt: now })
 */
export function renderSimplePdf(document: SimpleDocument): Promise<Buffer> {
  const fonts = loadLetterFonts();
  const { doc, bytes: done } = openTaggedPdf(document.lang, {
    Title: document.title,
    CreationDate: document.createdAt,
    ModDate: document.createdAt,
  });
  doc.registerFont('body', fontSource(fonts.regular));
  doc.registerFont('bold', fontSource(fonts.bold));
  const root = doc.struct('Document');
  doc.addStructure(root);

  const sizes = { h1: 16, h2: 13, h3: 11 } as const;
  for (const block of document.blocks) {
    switch (block.type) {
      case 'h1':
      case 'h2':
      case 'h3':
        doc.moveDown(block.type === 'h1' ? 0 : 0.6);
        doc
          .font('bold')
          .fontSize(sizes[block.type])
          .text(block.text, {
            structParent: root,
            structType: block.type.toUpperCase() as 'H1' | 'H2' | 'H3',
          });
        doc.moveDown(0.25);
        break;
      case 'p':
        doc.font('body').fontSize(10.5).text(block.text, { structParent: root, structType: 'P' });
        doc.moveDown(0.3);
        break;
      case 'list':
      case 'checklist': {
        if (block.items.length === 0) break;
        const list = doc.struct('L');
        root.add(list);
        const items = block.type === 'checklist' ? block.items.map((item) => `☐ ${item}`) : block.items;
        doc
          .font('body')
          .fontSize(10.5)
          .list(items, {
            structParent: list,
            bulletRadius: block.type === 'checklist' ? 0.01 : 2,
            textIndent: 12,
          });
        list.end();
        doc.moveDown(0.3);
        break;
      }
      case 'space':
        doc.moveDown(1);
        break;
    }
  }
  root.end();
  doc.end();
  return done;
}
