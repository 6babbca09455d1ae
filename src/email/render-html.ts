import type { Letter, LetterBlock } from '../core/letters/types.ts';
import { escapeHtmlCharacters } from '../core/text/escape-html.ts';

/** Escapes text for HTML; every value from a letter goes through it. */
export const escapeHtml = escapeHtmlCharacters;

// Inline styles only: mail programs drop <style> blocks and never load remote CSS or images.
const style = {
  body: 'margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;',
  main: 'max-width:640px;margin:0 auto;',
  h1: 'font-size:22px;line-height:1.3;margin:0 0 16px;',
  h2: 'font-size:18px;margin:24px 0 8px;',
  h3: 'font-size:16px;margin:16px 0 4px;',
  p: 'margin:0 0 12px;',
  ul: 'margin:0 0 12px;padding-left:24px;',
  meta: 'margin:0 0 16px;color:#4d4d4d;font-size:14px;',
  code: 'border:2px solid #1a1a1a;padding:12px 16px;margin:16px 0;',
  codeValue:
    // Single quotes: the value goes into a double-quoted style attribute, where a double quote would end it.
    "font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:24px;font-weight:bold;letter-spacing:2px;margin:4px 0 8px;",
} as const;

const e = escapeHtml;

function block(b: LetterBlock): string {
  if (b.kind === 'paragraph') return `<p style="${style.p}">${e(b.text)}</p>`;
  if (b.kind === 'subheading') return `<h3 style="${style.h3}">${e(b.text)}</h3>`;
  const items = b.items.map((item) => {
    const details = item.details?.length
      ? `<ul style="${style.ul}">${item.details.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`
      : '';
    return `<li>${e(item.text)}${details}</li>`;
  });
  return `<ul style="${style.ul}">${items.join('')}</ul>`;
}

/**
 * The HTML part of a letter e-mail: the same content as the text part, escaped, with inline
 * styles, no images, no remote resources and no tracking of any kind.
 */
export function renderLetterHtml(letter: Letter): string {
  const meta = letter.meta.map((m) => `${e(m.label)}: ${e(m.value)}`).join('<br>');
  const sections = letter.sections
    .map((s) => `<h2 style="${style.h2}">${e(s.heading)}</h2>${s.blocks.map(block).join('')}`)
    .join('');
  const signature = [letter.signature.name, letter.signature.role, letter.signature.organisation]
    .filter((x): x is string => !!x)
    .map(e)
    .join('<br>');
  return [
    '<!DOCTYPE html>',
    `<html lang="${letter.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${e(letter.title)}</title></head>`,
    `<body style="${style.body}"><main style="${style.main}">`,
    `<h1 style="${style.h1}">${e(letter.title)}</h1>`,
    `<p style="${style.meta}">${meta}</p>`,
    `<p style="${style.p}">${e(letter.salutation)}</p>`,
    `<div style="${style.code}"><h2 style="${style.h3}">${e(letter.code.label)}</h2>`,
    `<p style="${style.codeValue}">${e(letter.code.display)}</p>`,
    `<p style="${style.p}">${e(letter.code.emailInstructions)}</p></div>`,
    sections,
    `<p style="${style.p}">${e(letter.closing)}</p><p style="${style.p}">${signature}</p>`,
    '</main></body></html>',
  ].join('\n');
}
