import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCsvFields, splitCsvRecords } from '../../../src/importers/recipients-csv/index.ts';

async function* chunks(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function split(text: string, size = 3) {
  const out = [];
  for await (const r of splitCsvRecords(chunks(text, size), { delimiter: 0x3b })) {
    out.push({ text: r.bytes.toString(), line: r.line, end: r.end, malformed: r.malformed });
  }
  return out;
}

describe('splitCsvRecords', () => {
  test('splits on line ends outside quotes, whatever the chunk boundaries', async () => {
    const text = 'a;"b\r\nc";d\r\n\r\ne;"f""g"\r\nh';
    for (const size of [1, 2, 5, 100]) {
      const records = await split(text, size);
      assert.deepEqual(
        records.map((r) => [r.text, r.line]),
        [
          ['a;"b\r\nc";d', 1],
          ['e;"f""g"', 4],
          ['h', 5],
        ],
      );
    }
  });

  test('gives the byte offset after each record, so a shard can start there', async () => {
    const text = 'één;1\ntwee;2\n';
    const records = await split(text);
    assert.equal(records[0]?.end, Buffer.byteLength('één;1\n'));
    assert.equal(records[1]?.end, Buffer.byteLength(text));
  });

  test('reports an unclosed quote on its first line and reads on from the next line', async () => {
    const records = await split('"open;1\nnext;2\n');
    assert.deepEqual(
      records.map((r) => [r.text, r.line, r.malformed]),
      [
        ['"open;1', 1, 'quote_not_closed'],
        ['next;2', 2, undefined],
      ],
    );
  });

  test('pulls input lazily: the first records arrive before the source is read to the end', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) {
        pulled++;
        yield Buffer.from('naam;1\n'.repeat(100));
      }
    }
    let seen = 0;
    for await (const _ of splitCsvRecords(endless(), { delimiter: 0x3b })) {
      if (++seen === 250) break;
    }
    assert.ok(pulled <= 3, `pulled ${pulled} chunks for 250 records`);
  });
});

describe('parseCsvFields', () => {
  test('unquotes fields and keeps delimiters inside quotes', () => {
    assert.deepEqual(parseCsvFields('a;"b;c";"d""e";', ';'), ['a', 'b;c', 'd"e', '']);
  });
});
