import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { splitCsvRecords, type RecipientFileHead } from '../importers/recipients-csv/index.ts';
import type { ShardPlan } from '../core/letters/index.ts';

/**
 * One pass over the input file: its SHA-256 (so a resumed job can prove it reads the same
 * file) and the byte range of every shard of `shardSize` data rows. A shard can then be read
 * on its own by any thread or machine, without scanning the rows before it.
 */
export async function planShards(
  path: string,
  head: RecipientFileHead,
  shardSize: number,
): Promise<{ sha256: string; rows: number; shards: ShardPlan[] }> {
  const hash = createHash('sha256');
  async function* dataBytes(): AsyncGenerator<Buffer> {
    let position = 0;
    for await (const chunk of createReadStream(path, {
      highWaterMark: 1024 * 1024,
    }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      const start = Math.max(0, head.dataOffset - position);
      position += chunk.length;
      if (start < chunk.length) yield start ? chunk.subarray(start) : chunk;
    }
  }
  const shards: ShardPlan[] = [];
  let rows = 0;
  let current: ShardPlan | undefined;
  let lineAtEnd = head.dataLine;
  for await (const record of splitCsvRecords(dataBytes(), {
    delimiter: head.format.delimiter.charCodeAt(0),
    startOffset: head.dataOffset,
    startLine: head.dataLine,
  })) {
    rows++;
    if (!current) {
      const byteStart = shards.length ? (shards[shards.length - 1] as ShardPlan).byteEnd : head.dataOffset;
      current = {
        index: shards.length,
        firstRow: rows,
        rowCount: 0,
        firstLine: lineAtEnd,
        byteStart,
        byteEnd: 0,
      };
    }
    current.rowCount++;
    current.byteEnd = record.end;
    lineAtEnd = record.nextLine;
    if (current.rowCount === shardSize) {
      shards.push(current);
      current = undefined;
    }
  }
  if (current) shards.push(current);
  return { sha256: hash.digest('hex'), rows, shards };
}
