import type { Knowledge } from '../core/knowledge/index.ts';
import { ContentError, loadKnowledge } from '../content-files/load-knowledge.ts';
import { CliUsageError } from './io.ts';

/** The knowledge base for a command; a broken content folder exits with status 1 and lists every mistake. */
export function loadKnowledgeOrExit(dir: string | undefined): Knowledge {
  try {
    return loadKnowledge(dir);
  } catch (error) {
    if (error instanceof ContentError) throw new CliUsageError(error.message, 1);
    throw error;
  }
}
