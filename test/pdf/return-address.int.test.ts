// The return address above the envelope window is never cut: long real organisation names
// (as they are registered; the addresses are their published postal addresses) are printed
// whole, smaller when needed, and one that cannot fit even at 6 pt is refused by the sender form.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildLetter, compileVariant } from '../../src/core/letters/index.ts';
import { returnAddressOf } from '../../src/core/letters/return-address.ts';
import { createLetterBatchWriter, type PlacedLetter } from '../../src/pdf/letters/index.ts';
import { returnAddressFits } from '../../src/pdf/letters/return-address-fit.ts';
import {
  buildContext,
  buildOrganisation,
  buildRecipient,
  buildVariant,
  planFor,
} from '../support/letters.ts';

// Under CI a missing pdftotext fails instead of skipping.
const pdftotext = process.env.DLW_PDFTOTEXT ?? (process.env.CI === 'true' ? 'pdftotext' : undefined);

const senders = [
  // Organisation name typed again as the first address line, as people naturally do.
  {
    name: 'Stichting Bevolkingsonderzoek Nederland',
    lines: ['Stichting Bevolkingsonderzoek Nederland', 'Postbus 373', '3500 AJ Utrecht'],
  },
  { name: 'Universitair Medisch Centrum Groningen', lines: ['Postbus 30.001', '9700 RB Groningen'] },
  { name: 'Gemeente Súdwest-Fryslân', lines: ['Postbus 10.000', '8600 HA Sneek'] },
  { name: 'Centraal Administratie Kantoor (CAK)', lines: ['Postbus 84030', '2508 AA Den Haag'] },
  {
    name: 'Koninklijk Instituut voor de Tropen',
    lines: ['Afdeling Gegevensbescherming', 'Mauritskade 63', '1092 AD Amsterdam'],
  },
];

describe('the return address', () => {
  it('leaves out an address line that repeats the organisation name', () => {
    assert.equal(
      returnAddressOf('Stichting BVO', ['stichting  BVO', 'Postbus 373', '3500 AJ Utrecht']),
      'Stichting BVO, Postbus 373, 3500 AJ Utrecht',
    );
  });

  it('refuses, as the sender form does, an address that cannot fit at the smallest size', () => {
    const long = returnAddressOf('Universitair Medisch Centrum Groningen', [
      'Afdeling Klinische Genetica en Laboratoriumgeneeskunde, Bureau Privacy en Informatiebeveiliging',
      'Hanzeplein 1, Ingang Triade',
      '9713 GZ Groningen',
    ]);
    assert.equal(returnAddressFits(long), false);
    for (const s of senders) assert.equal(returnAddressFits(returnAddressOf(s.name, s.lines)), true, s.name);
  });

  it(
    'prints long real-world return addresses whole, never with an ellipsis',
    { skip: pdftotext ? false : 'pdftotext not available (DLW_PDFTOTEXT)' },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dlw-return-'));
      try {
        const writer = createLetterBatchWriter({
          directory: dir,
          lettersPerFile: 10,
          title: 'Retour',
          creationDate: new Date('2026-11-25T00:00:00Z'),
        });
        const placed: PlacedLetter[] = [];
        for (const s of senders) {
          const context = buildContext({
            organisation: buildOrganisation({ name: s.name, addressLines: s.lines }),
          });
          const compiled = compileVariant(buildVariant(), context, ['nl', 'en']);
          const person = buildRecipient();
          placed.push(await writer.add(buildLetter(compiled, person, planFor(person))));
        }
        const files = await writer.close();
        senders.forEach((s, i) => {
          const page = placed[i]?.firstPage ?? 1;
          const text = spawnSync(
            pdftotext as string,
            ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), join(dir, files[0] as string), '-'],
            { encoding: 'utf8' },
          ).stdout.replace(/\s+/g, ' ');
          // Wrapped to a second line when needed: compare without line breaks.
          assert.ok(text.includes(returnAddressOf(s.name, s.lines)), `${s.name}: ${text.slice(0, 300)}`);
          assert.ok(!text.includes('…'), 'nothing cut');
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
