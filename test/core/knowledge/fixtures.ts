import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  sectionNames,
  validateKnowledge,
  type Knowledge,
  type SectionName,
} from '../../../src/core/knowledge/index.ts';
import { defaultContentDir, knowledgeFiles } from '../../../src/content-files/load-knowledge.ts';

/** The parsed YAML of every file in content/, as a fresh copy a test may change. */
export function buildRawContent(): Record<SectionName, Record<string, unknown>> {
  const raw = {} as Record<SectionName, Record<string, unknown>>;
  for (const section of sectionNames)
    raw[section] = parse(readFileSync(join(defaultContentDir, knowledgeFiles[section]), 'utf8')) as Record<
      string,
      unknown
    >;
  return raw;
}

/** The list under a section's top key, e.g. `list(raw, 'actions')`, typed loosely for edits. */
export function list(
  raw: Record<SectionName, Record<string, unknown>>,
  section: SectionName,
): Record<string, unknown>[] {
  return raw[section][section] as Record<string, unknown>[];
}

/** The real knowledge base, validated; fails loudly if content/ is broken. */
export function realKnowledge(): Knowledge {
  const result = validateKnowledge(buildRawContent());
  if (!result.ok)
    throw new Error(result.issues.map((i) => `${i.section}: ${i.path}: ${i.message}`).join('\n'));
  return result.knowledge;
}
