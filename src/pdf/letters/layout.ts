/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4;

/**
 * Page geometry for A4 letters, in millimetres. The address block fits a window envelope with a
 * 90 × 45 mm window 20 mm from the left and 15 mm from the bottom (DL 110 × 220 mm and EA5/6,
 * the common Dutch window envelopes), for an A4 folded in three (99 mm panels). The window then
 * shows the sheet from 50 to 95 mm from the top; the return line and address sit at 50–88 mm
 * so up to 5 mm of play in the envelope still shows the whole address. Nothing else is printed
 * in that area, and the personal code is printed below the first fold (99 mm) so it can never
 * show through the window. See docs/flows/letter-generation.md.
 */
export const layout = {
  pageWidth: 210,
  pageHeight: 297,
  marginLeft: 25,
  marginRight: 20,
  marginTop: 15,
  marginBottom: 16,
  /** Return address, one small line at the top of the window. */
  returnLine: { x: 25, y: 50, width: 80 },
  /** The recipient's name and address. */
  address: { x: 25, y: 56, width: 80, maxY: 88 },
  /** Sender block and date/reference: to the right of the window. */
  sender: { x: 125, y: 20, width: 65 },
  meta: { x: 125, y: 60, width: 65 },
  /** First content (title) starts below the first fold. */
  contentStartY: 104,
  /** Page number line, from the top of the page. */
  footerY: 287,
  code: { boxHeight: 36, qrSize: 30 },
  fontSize: { body: 10, small: 7.5, heading: 12, subheading: 10.5, title: 14, code: 18 },
} as const;
