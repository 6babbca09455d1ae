import { readFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import {
  sectionNames,
  validateKnowledge,
  type Knowledge,
  type SectionName,
} from '../core/knowledge/index.ts';

/** The file in `content/` that holds each section of the knowledge base. */
export const knowledgeFiles: Record<SectionName, string> = {
  categories: 'categories.yaml',
  hibp_data_classes: 'hibp-data-classes.yaml',
  risks: 'risks.yaml',
  actions: 'actions.yaml',
  contacts: 'contacts.yaml',
  questions: 'questions.yaml',
  sources: 'sources.yaml',
  texts: 'texts.yaml',
  scoring: 'scoring.yaml',
  reviews: 'reviews.yaml',
};

/** The repository's own `content/` folder. */
export const defaultContentDir = fileURLToPath(new URL('../../content/', import.meta.url));

/** One mistake in a content file, for a reviewer: `content/actions.yaml: actions[3].when: expected …`. */
export interface ContentIssue {
  file: string;
  path: string;
  message: string;
}

/** The knowledge base could not be loaded; `issues` lists every mistake found, and the message shows them. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `The knowledge base has ${issues.length} mistake${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Reads, parses and validates every file of the knowledge base in `dir`. Throws ContentError. */
export function readKnowledge(dir: string = defaultContentDir): Knowledge {
  const label = (file: string): string => {
    const full = join(dir, file);
    const rel = relative(process.cwd(), full);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : full;
  };
  const issues: ContentIssue[] = [];
  const raw: Partial<Record<SectionName, unknown>> = {};
  for (const section of sectionNames) {
    const file = label(knowledgeFiles[section]);
    let text: string;
    try {
      text = readFileSync(join(dir, knowledgeFiles[section]), 'utf8');
    } catch (error) {
      issues.push({
        file,
        path: '(file)',
        message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      continue;
    }
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length) {
      for (const error of doc.errors) {
        const pos = error.linePos?.[0];
        issues.push({
          file,
          path: pos ? `line ${pos.line}, column ${pos.col}` : '(file)',
          message: `not valid YAML: ${(error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '')}`,
        });
      }
      continue;
    }
    raw[section] = doc.toJS();
  }
  if (issues.length) throw new ContentError(issues);
  const result = validateKnowledge(raw);
  if (!result.ok)
    throw new ContentError(
      result.issues.map((i) => ({
        file: label(knowledgeFiles[i.section]),
        path: i.path,
        message: i.message,
      })),
    );
  return result.knowledge;
}

const cache = new Map<string, Knowledge>();

/**
 * The knowledge base for adapters (web, CLI, letters), read once per folder and then cached.
 * @example const knowledge = loadKnowledge(); // the repository's content/
 */
export function loadKnowledge(dir: string = defaultContentDir): Knowledge {
  const key = resolve(dir);
  let knowledge = cache.get(key);
  if (!knowledge) {
    knowledge = readKnowledge(key);
    cache.set(key, knowledge);
  }
  return knowledge;
}
