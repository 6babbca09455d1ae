import { validateCode } from '../core/codes/index.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import {
  kindResolver,
  readRecipients,
  type RecipientFileHead,
  type RecipientMapping,
  type ValidationContext,
} from '../importers/recipients-csv/index.ts';
import type { ShardPlan } from '../core/letters/jobs.ts';
import { CompactDuplicateIndex } from './duplicate-digests.ts';
import type { LetterSetup } from './letter-settings.ts';

/** The validation every shard applies; the plan must judge rows exactly as the shards will. */
export function shardValidationContext(
  setup: LetterSetup,
  requirement: ValidationContext['requirement'],
  knowledge: Knowledge,
): ValidationContext {
  return {
    groups: setup.variants.map((v) => v.group),
    requirement,
    resolveKind: kindResolver(knowledge),
    checkCode: (raw) => {
      const result = validateCode(raw);
      return result.ok ? result.code : undefined;
    },
  };
}

/**
 * Reads the whole file once, in order, and gives each shard the rows in it that repeat a
 * person seen on an earlier line (same normalised name and address by post, same e-mail
 * address by e-mail), with that line. Memory: 120 bits of digest and a line number per distinct
 * person while planning, in typed arrays (at most 40 MB for a million people), nothing of it kept
 * afterwards.
 */
export async function attachDuplicates(
  path: string,
  head: RecipientFileHead,
  mapping: RecipientMapping,
  context: ValidationContext,
  shards: ShardPlan[],
): Promise<number> {
  const index = new CompactDuplicateIndex();
  const rows: [number, number][] = [];
  for await (const entry of readRecipients({ path, head, mapping, context, findDuplicates: index })) {
    if (entry.type === 'rejected' && entry.rejection.duplicateOf !== undefined)
      rows.push([entry.rejection.row, entry.rejection.duplicateOf]);
  }
  let next = 0;
  for (const shard of shards) {
    const end = shard.firstRow + shard.rowCount;
    const own: [number, number][] = [];
    while (next < rows.length && (rows[next] as [number, number])[0] < end)
      own.push(rows[next++] as [number, number]);
    if (own.length) shard.duplicates = own;
  }
  return rows.length;
}
