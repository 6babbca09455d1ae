import type { TextStyle, TextWriter } from './text-writer.ts';

type Struct = PDFKit.PDFStructureElement;

/** The column text flows in, in points from the top-left of the page. */
export interface FlowFrame {
  left: number;
  width: number;
  top: number;
  bottom: number;
}

export interface ParagraphOptions {
  /** Extra left indent within the frame. */
  indent?: number;
  /** Space after the paragraph, in points. */
  gapAfter?: number;
  /** Points of what follows that must stay on the same page (a heading and its first lines). */
  keepWith?: number;
  /** Text of this one person (the salutation): written inline, never as a shared block. */
  personal?: boolean;
}

/**
 * Flows tagged paragraphs down the pages of one letter: a paragraph that does not fit goes on
 * to a new page, its tagged content split into one marked part per page under the same
 * structure element, as PDF/UA asks.
 */
export function createFlow(doc: PDFKit.PDFDocument, text: TextWriter, frame: FlowFrame, newPage: () => void) {
  let y = frame.top;

  function ensure(height: number): void {
    if (y + height > frame.bottom && y > frame.top) {
      newPage();
      y = frame.top;
    }
  }

  /** Writes lines as marked content of `element`, moving to a new page when the column is full. */
  function place(
    element: Struct,
    type: string,
    style: TextStyle,
    lines: readonly string[],
    x: number,
    personal = false,
  ): void {
    const step = text.lineHeight(style);
    let start = 0;
    while (start < lines.length) {
      ensure(step);
      const room = Math.max(1, Math.floor((frame.bottom - y) / step));
      const part = lines.slice(start, start + room);
      const content = doc.markStructureContent(type);
      const placed = part.map((line, i) => ({ text: line, x, y: y + i * step }));
      if (personal) text.write(style, placed);
      else text.writeShared(style, placed);
      doc.endMarkedContent();
      element.add(content);
      y += part.length * step;
      start += part.length;
    }
  }

  return {
    get y(): number {
      return y;
    },
    set y(value: number) {
      y = value;
    },
    frame,
    ensure,
    gap(points: number): void {
      y += points;
    },
    /** Adds a `type` element (P, H1 …) under `parent` holding `value`, broken into lines. */
    paragraph(
      parent: Struct,
      type: string,
      style: TextStyle,
      value: string,
      options: ParagraphOptions = {},
    ): Struct {
      const element = doc.struct(type);
      parent.add(element);
      this.into(element, type, style, value, options);
      element.end();
      return element;
    },
    /**
     * Adds `value` as content of an existing `type` element, such as the LBody of a list item:
     * fewer structure elements per letter, which a batch of a thousand letters notices.
     */
    into(
      element: Struct,
      type: string,
      style: TextStyle,
      value: string,
      options: ParagraphOptions = {},
    ): void {
      const indent = options.indent ?? 0;
      const lines = text.breakLines(style, value, frame.width - indent);
      const step = text.lineHeight(style);
      // Never leave a single line of a paragraph at the foot of a page.
      ensure(step * Math.min(lines.length, 2) + (options.keepWith ?? 0));
      place(element, type, style, lines, frame.left + indent, options.personal);
      y += options.gapAfter ?? 0;
    },
    place,
  };
}

export type Flow = ReturnType<typeof createFlow>;
