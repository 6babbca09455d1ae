import { createHash } from 'node:crypto';
import type { Knowledge } from './knowledge.ts';

/**
 * A SHA-256 over the knowledge base as data. Two copies give the same digest exactly when they
 * hold the same content, in the same order: a copy made by structured clone (a worker thread's)
 * keeps the order of keys and items, so the render threads of a job can prove that they render
 * from the knowledge base the job was started with.
 */
export function knowledgeDigest(knowledge: Knowledge): string {
  return createHash('sha256').update(JSON.stringify(knowledge)).digest('hex');
}
