import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildAuthorityNotification } from '../../src/core/authority-notification/build-authority-notification.ts';
import { renderAuthorityNotificationPdf } from '../../src/pdf/authority-notification-pdf.ts';
import { buildNotificationInput } from '../core/authority-notification/fixtures.ts';

const pdftotext = process.env.DLW_PDFTOTEXT;
const skip = pdftotext
  ? false
  : 'DLW_PDFTOTEXT is not set: pdftotext (Debian package poppler-utils) is needed to read the PDF back';
const dir = mkdtempSync(join(tmpdir(), 'dlw-authority-pdf-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function pdfText(bytes: Buffer, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  // Without -layout the text comes out in reading order, one wrapped line after another.
  return execFileSync(pdftotext ?? 'pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('renderAuthorityNotificationPdf', { skip }, () => {
  test('contains every Art. 33(3) item in Dutch, with diacritics intact', async () => {
    const n = buildAuthorityNotification(buildNotificationInput());
    const text = await pdfText(await renderAuthorityNotificationPdf(n, { lang: 'nl' }), 'nl');
    for (const expected of [
      'Gegevens over het datalek',
      'Aard van de inbreuk: vertrouwelijkheid',
      'Functie van de melder: Security officer',
      // Times in Dutch time with the offset shown, never UTC.
      'Ontdekt op: 2025-07-06 10:00 (UTC+02:00)',
      'Criminelen kwamen binnen via een lek in de VPN-server',
      'uitslag van medisch onderzoek',
      'Aantal mensen (ongeveer): 941.000',
      'Aantal records (ongeveer): 941.000',
      'Contactgegevens en algemene informatie',
      'functionaris gegevensbescherming',
      'Anouk de Vries-Çelik',
      'fg@lab-zuid.example',
      'Gevolgen van het datalek',
      'Gerichte phishing met kennis van de uitslag.',
      'Fraude met identiteit',
      'Vervolgacties',
      'Bijlage: berekening volgens ENISA',
      'VPN-server afgesloten en bijgewerkt.',
      'Tweestapsverificatie voor alle toegang op afstand.',
      'Telefoonlijn voor vragen',
      'Eerste melding',
      '4 × 1 + 1 = 5 (zeer hoog)',
      'Deze melding bevat alle gegevens die artikel 33 lid 3 AVG vraagt.',
    ])
      assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
  });

  test('renders a late, incomplete follow-up in English with the delay and what is missing', async () => {
    const input = buildNotificationInput({
      phase: { kind: 'follow_up', number: 1 },
      preparedAt: '2025-08-06T10:00:00+02:00',
      measures: { taken: ['Servers offline.'] },
    });
    const n = buildAuthorityNotification(input);
    const text = await pdfText(await renderAuthorityNotificationPdf(n, { lang: 'en' }), 'en');
    for (const expected of [
      'Follow-up 1',
      'About the breach',
      'Contact details and general information',
      'Consequences of the breach',
      'Follow-up actions',
      'This notification comes later than 72 hours after awareness.',
      'Reasons for the delay: not yet known',
      'measures to limit possible harm to people',
      'reasons why the notification is later than 72 hours',
    ])
      assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
  });
});

describe('renderAuthorityNotificationPdf dates', () => {
  test('keeps a start known only to the month as "2026-11" instead of "not yet known"', async () => {
    const n = buildAuthorityNotification(
      buildNotificationInput({ startedAt: '2025-06', preparedAt: '2025-07-07T10:00:00+02:00' }),
    );
    const text = await pdfText(await renderAuthorityNotificationPdf(n, { lang: 'nl' }), 'nl');
    assert.ok(text.includes('Begin van het datalek: 2025-06'), text);
    assert.ok(!text.includes(' UTC '), 'no time is printed in UTC');
  });
});

describe('renderAuthorityNotificationPdf structure', () => {
  test('is a tagged PDF 1.7 with its language and title set', async () => {
    const n = buildAuthorityNotification(buildNotificationInput());
    const bytes = await renderAuthorityNotificationPdf(n, { lang: 'nl' });
    const raw = bytes.toString('latin1');
    assert.ok(raw.startsWith('%PDF-1.7'));
    assert.match(raw, /\/Marked true/);
    assert.match(raw, /\/Lang \(nl-NL\)/);
    assert.match(raw, /\/DisplayDocTitle true/);
    assert.match(raw, /\/StructTreeRoot/);
  });
});
