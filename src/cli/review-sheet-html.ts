import type { ReviewSheet, SheetBlock } from '../core/review/index.ts';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/** Room to write under each checklist: a reviewer marks up a printout or the file itself. */
function block(b: SheetBlock): string {
  switch (b.type) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'p':
      return `<${b.type}>${esc(b.text)}</${b.type}>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'checklist':
      return `<ul class="boxes">${b.items.map((i) => `<li>☐ ${esc(i)}</li>`).join('')}</ul><div class="remarks" contenteditable="true" aria-label="${esc(b.items.join(' / '))}"></div>`;
  }
}

/**
 * The review sheet as one self-contained HTML file: no scripts, no requests to other sites,
 * styles inline, printable on A4. The remark boxes can be typed in (contenteditable) and saved
 * with the browser's "save page", or printed and written on by hand.
 */
export function reviewSheetHtml(sheet: ReviewSheet): string {
  return `<!doctype html>
<html lang="${sheet.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(sheet.title)}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h2 { border-top: 2px solid #555; padding-top: 0.75rem; margin-top: 2.5rem; }
h3 { margin-top: 2rem; }
ul.boxes { list-style: none; padding-left: 0; display: flex; gap: 1.5rem; flex-wrap: wrap; }
.remarks { border: 1px solid #777; min-height: 3.5rem; padding: 0.25rem 0.5rem; }
@media print { h3 { break-after: avoid; } .remarks { min-height: 4rem; } }
</style>
</head>
<body>
${sheet.blocks.map(block).join('\n')}
</body>
</html>
`;
}
