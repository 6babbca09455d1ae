import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  readRecipientFileHead,
  readRecipients,
  suggestMapping,
  type RecipientEntry,
} from '../../src/importers/recipients-csv/index.ts';
import { planShards } from '../../src/letters-pipeline/plan-shards.ts';
import { buildContext, buildRow, dutchHeader } from '../importers/recipients-csv/builders.ts';
import { tempDir } from './builders.ts';

function position(e: RecipientEntry) {
  return e.type === 'accepted'
    ? [e.type, e.recipient.row, e.recipient.line, e.recipient.name]
    : [e.type, e.rejection.row, e.rejection.line];
}

async function collect(iterable: AsyncIterable<RecipientEntry>) {
  const out = [];
  for await (const e of iterable) out.push(position(e));
  return out;
}

describe('planShards', () => {
  test('cuts a file into byte ranges that, read one by one, give exactly the rows of one full read', async () => {
    const row = (overrides: Record<string, string>) => buildRow(overrides).join(';');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('good', 'bad', 'quoted', 'empty', 'crlf'), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        async (kinds, shardSize) => {
          let text = `\ufeff${dutchHeader.join(';')}\n`;
          let n = 0;
          for (const kind of kinds) {
            n++;
            if (kind === 'good') text += `${row({ naam: `Persoon ${n}` })}\n`;
            if (kind === 'bad') text += `${row({ naam: `Persoon ${n}`, postcode: 'fout' })}\n`;
            if (kind === 'quoted') text += `${row({ naam: `"Persoon\n${n}"` })}\n`;
            if (kind === 'empty') text += '\n';
            if (kind === 'crlf') text += `${row({ naam: `Persoon ${n}` })}\r\n`;
          }
          const path = join(tempDir('dlw-plan-'), 'ontvangers.csv');
          writeFileSync(path, text);
          const head = await readRecipientFileHead(path);
          const mapping = suggestMapping(head.headers);
          const context = buildContext();
          const whole = await collect(readRecipients({ path, head, mapping, context }));
          const plan = await planShards(path, head, shardSize);
          assert.equal(plan.rows, whole.length);
          const pieces = [];
          for (const shard of plan.shards) {
            const range = {
              start: shard.byteStart,
              end: shard.byteEnd,
              firstRow: shard.firstRow,
              firstLine: shard.firstLine,
            };
            const part = await collect(readRecipients({ path, head, mapping, context, range }));
            assert.equal(part.length, shard.rowCount);
            pieces.push(...part);
          }
          assert.deepEqual(pieces, whole);
        },
      ),
      { numRuns: 40 },
    );
  });
});
