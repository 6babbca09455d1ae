import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang, Localized } from '../i18n/lang.ts';
import { messages } from './messages.ts';

/** The placeholders an organisation may use in its texts, with what each one becomes. */
export const knownPlaceholders = messages.placeholders;

export type PlaceholderName = keyof typeof knownPlaceholders;
export type PlaceholderValues = Record<PlaceholderName, string>;

export interface PlaceholderProblem {
  kind: 'unknown' | 'unsupported' | 'syntax';
  /** The placeholder name (unknown/unsupported) or the parser's error (syntax). */
  detail: string;
  message: Localized;
}

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const options = { ignoreTag: true } as const;

// intl-messageformat element types: 0 literal, 1 argument; 2–7 are number, date, time, select,
// plural and pound, which letters do not need: every value is plain text.
interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
}

function collect(nodes: readonly AstNode[], out: AstNode[]): void {
  for (const node of nodes) {
    if (node.type !== 0) out.push(node);
    for (const option of Object.values(node.options ?? {})) collect(option.value, out);
  }
}

/** Every problem with the placeholders of one text; empty when the text can be filled in. */
export function findPlaceholderProblems(text: string, lang: Lang): PlaceholderProblem[] {
  let ast: AstNode[];
  try {
    ast = new IntlMessageFormat(text, locales[lang], undefined, options).getAst() as AstNode[];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [
      {
        kind: 'syntax',
        detail,
        message: {
          nl: 'De tekst heeft een { of } die niet klopt. Gebruik accolades alleen om een invulveld, zoals {name}.',
          en: 'The text has a { or } that does not match. Only use braces around a placeholder, such as {name}.',
        },
      },
    ];
  }
  const found: AstNode[] = [];
  collect(ast, found);
  const problems: PlaceholderProblem[] = [];
  for (const node of found) {
    const name = typeof node.value === 'string' ? node.value : '#';
    if (node.type !== 1) {
      problems.push({
        kind: 'unsupported',
        detail: name,
        message: {
          nl: `Invulveld {${name}} gebruikt een opmaak die brieven niet kennen. Gebruik alleen {naam} zonder komma's.`,
          en: `Placeholder {${name}} uses formatting letters do not support. Use a plain {name} without commas.`,
        },
      });
    } else if (!(name in knownPlaceholders)) {
      const list = Object.keys(knownPlaceholders)
        .map((k) => `{${k}}`)
        .join(', ');
      problems.push({
        kind: 'unknown',
        detail: name,
        message: {
          nl: `Invulveld {${name}} bestaat niet. U kunt kiezen uit: ${list}.`,
          en: `Placeholder {${name}} does not exist. You can use: ${list}.`,
        },
      });
    }
  }
  return problems;
}

/** A text made ready to fill in many times (parsing once per variant, not per letter). */
export type Template = (values: PlaceholderValues) => string;

/** Compiles a checked text; throws when it has placeholder problems (check first). */
export function compileTemplate(text: string, lang: Lang): Template {
  const problems = findPlaceholderProblems(text, lang);
  if (problems.length > 0) {
    throw new Error(`Text has placeholder problems: ${problems.map((p) => p.detail).join(', ')}`);
  }
  const format = new IntlMessageFormat(text, locales[lang], undefined, options);
  return (values) => {
    const out = format.format<string>(values);
    return Array.isArray(out) ? out.join('') : String(out);
  };
}
