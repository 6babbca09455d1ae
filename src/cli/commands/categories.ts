import type { Command } from 'commander';
import { isLang, languages } from '../../core/i18n/lang.ts';
import type { Knowledge } from '../../core/knowledge/index.ts';
import { loadKnowledgeOrExit } from '../load-knowledge-or-exit.ts';
import { CliUsageError } from '../io.ts';
import { outputWidth, wrap } from '../text-wrap.ts';
import type { CliCommand } from './index.ts';

/** Every category with the Have I Been Pwned data classes that map to it. */
export function categoriesWithHibp(knowledge: Knowledge) {
  return knowledge.categories.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    sensitivity: c.sensitivity,
    hibpDataClasses: Object.entries(knowledge.hibpDataClasses)
      .filter(([, category]) => category === c.id)
      .map(([name]) => name),
  }));
}

/** `datalekwijzer categories`: the kinds of data and their HIBP mapping, as text or JSON. */
export const categoriesCommand: CliCommand = {
  register(program: Command, io) {
    program
      .command('categories')
      .description('List the kinds of personal data and which Have I Been Pwned data classes map to each.')
      .option('--lang <lang>', `language of the names: ${languages.join(' or ')}`, 'nl')
      .option(
        '--json',
        'print as JSON: { categories: [{ id, name, description, sensitivity, hibpDataClasses }] }',
      )
      .option('--content <dir>', 'folder with the knowledge base (default: the bundled content/)')
      .action((options: { lang: string; json?: boolean; content?: string }) => {
        const lang = options.lang;
        if (!isLang(lang))
          throw new CliUsageError(`Unknown language "${lang}". Valid: ${languages.join(', ')}.`);
        const categories = categoriesWithHibp(loadKnowledgeOrExit(options.content));
        if (options.json) {
          io.stdout.write(`${JSON.stringify({ categories }, null, 2)}\n`);
          return;
        }
        const width = outputWidth(io.stdout, io.env);
        const lines = categories.map((c) => {
          const head = `${c.id} — ${c.name[lang]} (${c.sensitivity})`;
          const hibp = c.hibpDataClasses.length ? `HIBP: ${c.hibpDataClasses.join(', ')}` : 'HIBP: —';
          return `${head}\n${wrap(hibp, width, '    ', '    ')}`;
        });
        io.stdout.write(`${lines.join('\n')}\n`);
      });
  },
};
