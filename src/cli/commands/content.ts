import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { isLang, languages } from '../../core/i18n/lang.ts';
import { reviewStatus } from '../../core/knowledge/index.ts';
import { buildReviewSheet } from '../../core/review/index.ts';
import { renderSimplePdf } from '../../pdf/guide/simple-pdf.ts';
import { CliUsageError } from '../io.ts';
import { loadKnowledgeOrExit } from '../load-knowledge-or-exit.ts';
import { reviewSheetHtml } from '../review-sheet-html.ts';
import type { CliCommand } from './index.ts';

interface SheetOptions {
  lang: string;
  out?: string;
  pdf?: string;
  date?: string;
  content?: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * `datalekwijzer content review-sheet` writes the document an outside expert marks up;
 * `datalekwijzer content review-status` lists the items whose review is missing or older than
 * their text (exit status 1 when there are any), for CI and for the next review round.
 */
export const contentCommand: CliCommand = {
  register(program: Command, io, state) {
    const content = program
      .command('content')
      .description('Work with the knowledge base in content/ and its reviews.');
    content
      .command('review-sheet')
      .description(
        'Write the review sheet: every claim with its source quote, six typical plans, what changed.',
      )
      .option('--lang <lang>', `language: ${languages.join(' or ')}`, 'nl')
      .option('--out <file>', 'write the HTML sheet to this file (default: standard output)')
      .option('--pdf <file>', 'also write the sheet as a PDF to this file')
      .option('--date <YYYY-MM-DD>', 'the date printed on the sheet (default: today)')
      .option('--content <dir>', 'folder with the knowledge base (default: the bundled content/)')
      .action(async (options: SheetOptions) => {
        if (!isLang(options.lang))
          throw new CliUsageError(`Unknown language "${options.lang}". Valid: ${languages.join(', ')}.`);
        const date = options.date ?? today();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
          throw new CliUsageError(`--date: expected a date written YYYY-MM-DD, got "${date}".`);
        const sheet = buildReviewSheet(loadKnowledgeOrExit(options.content), { lang: options.lang, date });
        const html = reviewSheetHtml(sheet);
        if (options.out) await writeFile(options.out, html);
        else io.stdout.write(html);
        if (options.pdf) {
          const bytes = await renderSimplePdf({ ...sheet, createdAt: new Date(`${date}T00:00:00Z`) });
          await writeFile(options.pdf, bytes);
        }
        if (options.out || options.pdf)
          io.stderr.write(`Review sheet written: ${[options.out, options.pdf].filter(Boolean).join(', ')}\n`);
      });
    content
      .command('review-status')
      .description('List items whose review is missing or older than their text; exit 1 when there are any.')
      .option('--json', 'print as JSON: { items: [{ ref, state, fingerprint, expertReviewed, last? }] }')
      .option('--content <dir>', 'folder with the knowledge base (default: the bundled content/)')
      .action((options: { json?: boolean; content?: string }) => {
        const statuses = reviewStatus(loadKnowledgeOrExit(options.content));
        const open = statuses.filter((s) => s.state !== 'current');
        const expertOpen = statuses.filter((s) => !s.expertReviewed).length;
        if (options.json) io.stdout.write(`${JSON.stringify({ items: statuses }, null, 2)}\n`);
        else {
          const lines = open.map(
            (s) =>
              `${s.ref}: ${s.state === 'missing' ? 'never reviewed' : `text changed since the review of ${s.last?.date ?? '?'}`}; fingerprint now ${s.fingerprint}`,
          );
          lines.push(
            `${statuses.length - open.length} of ${statuses.length} items reviewed against their current text; expert review outstanding for ${expertOpen}.`,
          );
          io.stdout.write(`${lines.join('\n')}\n`);
        }
        if (open.length) state.exitCode = 1;
      });
  },
};
