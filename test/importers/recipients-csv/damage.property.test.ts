// Property: whatever damage rows of a recipients file carry, every data line comes out exactly
// once, as a letter-to-be or as a rejection, in file order: received = accepted + rejected.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../../../src/errors/catalogue.ts';
import {
  DuplicateIndex,
  readRecipientFileHead,
  readRecipients,
  suggestMapping,
} from '../../../src/importers/recipients-csv/index.ts';
import { buildContext, buildRow, dutchHeader } from './builders.ts';

const damages = [
  'none',
  'unclosed-quote',
  'text-after-quote',
  'missing-delimiter',
  'extra-delimiter',
  'bad-byte',
  'duplicate',
  'empty-name',
  'unknown-kind',
] as const;
type Damage = (typeof damages)[number];

const names = ['Sam de Vries', 'Zoë Öztürk', 'Jürgen Müller', 'Anne-Fleur van den Berg', 'Çağla Şen'];

function line(row: string[], damage: Damage): Buffer {
  const text = row.join(';');
  switch (damage) {
    case 'unclosed-quote':
      return Buffer.from(`"${text}`);
    case 'text-after-quote':
      return Buffer.from(`"${row[0]}"x;${row.slice(1).join(';')}`);
    case 'missing-delimiter':
      return Buffer.from(text.replace(';', ' '));
    case 'extra-delimiter':
      return Buffer.from(`${text};`);
    case 'bad-byte':
      return Buffer.concat([
        Buffer.from(`${row[0]}`),
        Buffer.from([0xff]),
        Buffer.from(`;${row.slice(1).join(';')}`),
      ]);
    case 'empty-name':
      return Buffer.from(['', ...row.slice(1)].join(';'));
    case 'unknown-kind':
      return Buffer.from(row.slice(0, -1).concat('schoenmaat').join(';'));
    default:
      return Buffer.from(text);
  }
}

describe('readRecipients under random damage', () => {
  test('no row is lost or doubled', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc.constantFrom(...names),
            number: fc.integer({ min: 1, max: 400 }),
            damage: fc.constantFrom(...damages),
          }),
          { minLength: 1, maxLength: 25 },
        ),
        fc.constantFrom('\n', '\r\n'),
        async (rows, eol) => {
          const lines: Buffer[] = [Buffer.from(dutchHeader.join(';'))];
          const written: string[][] = [];
          for (const r of rows) {
            const base =
              r.damage === 'duplicate' && written.length
                ? (written[r.number % written.length] as string[])
                : buildRow({ naam: r.name, huisnummer: String(r.number) });
            written.push(base);
            lines.push(line(base, r.damage));
          }
          const bytes = Buffer.concat(lines.flatMap((l) => [l, Buffer.from(eol)]));
          const path = join(mkdtempSync(join(tmpdir(), 'dlw-prop-')), 'ontvangers.csv');
          writeFileSync(path, bytes);
          let head;
          try {
            head = await readRecipientFileHead(path);
          } catch (error) {
            // A file that is partly UTF-8 is refused as a whole: nothing is read, nothing half-made.
            assert.ok(error instanceof AppError && error.fieldErrors[0]?.path === 'encoding');
            return;
          }
          const seen: number[] = [];
          let accepted = 0;
          let rejected = 0;
          for await (const entry of readRecipients({
            path,
            head,
            mapping: suggestMapping(head.headers),
            context: buildContext(),
            findDuplicates: new DuplicateIndex(),
          })) {
            if (entry.type === 'accepted') {
              accepted++;
              seen.push(entry.recipient.line);
            } else {
              rejected++;
              seen.push(entry.rejection.line);
            }
          }
          assert.equal(accepted + rejected, rows.length, 'received = accepted + rejected');
          assert.deepEqual(
            seen,
            rows.map((_, i) => i + 2),
            'every line once, in order',
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
