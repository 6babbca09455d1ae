import type { Letter, LetterBlock } from '../core/letters/types.ts';

function block(b: LetterBlock): string {
  if (b.kind === 'paragraph') return b.text;
  if (b.kind === 'subheading') return b.text;
  return b.items
    .map((item) => [`- ${item.text}`, ...(item.details ?? []).map((d) => `    ${d}`)].join('\n'))
    .join('\n');
}

/** The plain-text part of a letter e-mail: readable in any mail program and by screen readers. */
export function renderLetterText(letter: Letter): string {
  const parts: string[] = [
    letter.title,
    letter.meta.map((m) => `${m.label}: ${m.value}`).join('\n'),
    letter.salutation,
  ];
  for (const section of letter.sections) {
    parts.push(`${section.heading}\n${'='.repeat(section.heading.length)}`);
    for (const b of section.blocks) parts.push(block(b));
  }
  parts.push(`${letter.code.label}: ${letter.code.display}\n${letter.code.emailInstructions}`);
  const signature = [letter.signature.name, letter.signature.role, letter.signature.organisation].filter(
    Boolean,
  );
  parts.push(`${letter.closing}\n\n${signature.join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
