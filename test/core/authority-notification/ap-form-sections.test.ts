import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildAuthorityNotification } from '../../../src/core/authority-notification/build-authority-notification.ts';
import { buildNotificationInput } from './fixtures.ts';

// The sections of the AP's notification form (meldformulier datalekken), in the form's order, as
// a published copy of the form shows them: https://www.brover.nl/datalek/ ("0. Over deze melding",
// "1. Contactgegevens en overige algemene informatie", "2. Tijdlijn", "3. Gegevens over het
// datalek", "4. Persoonsgegevens die betrokken zijn bij het datalek", "5. De groep mensen van wie
// persoonsgegevens betrokken zijn bij het datalek", "6. Maatregelen die zijn getroffen voordat het
// datalek plaatsvond", "7. Gevolgen van het datalek", "8. Vervolgacties naar aanleiding van het
// datalek" (informeren van de betrokkenen, maatregelen, internationale aspecten), "9. Overig").
const formSections = [
  'about',
  'contact',
  'timeline',
  'breach',
  'personal_data',
  'people',
  'measures_before',
  'consequences',
  'follow_up',
  'other',
];

describe('the notification follows the AP form', () => {
  test('has every section of the form, in the form’s order', () => {
    const n = buildAuthorityNotification(buildNotificationInput());
    assert.deepEqual(
      n.sections.map((s) => s.id),
      formSections,
    );
  });

  test('asks what the form asks in the follow-up section: informing people, measures, international aspects', () => {
    const n = buildAuthorityNotification(buildNotificationInput());
    const ids = n.sections.find((s) => s.id === 'follow_up')?.fields.map((f) => f.id) ?? [];
    for (const id of [
      'inform_status',
      'inform_at',
      'inform_means',
      'measures_taken',
      'other_countries',
      'other_authorities',
    ])
      assert.ok(ids.includes(id), id);
  });

  test('a follow-up without the reporter lists the reporter as still missing', () => {
    const n = buildAuthorityNotification(
      buildNotificationInput({ phase: { kind: 'follow_up', number: 1 }, form: { law: 'gdpr' } }),
    );
    const missing = n.completeness.formMissing.map((m) => m.id);
    assert.ok(missing.includes('contact.reporter_job_title'));
    assert.ok(missing.includes('follow_up.inform_status'));
    assert.equal(n.completeness.complete, false);
  });

  test('a withdrawal carries its reason and asks for nothing more', () => {
    const n = buildAuthorityNotification(
      buildNotificationInput({
        phase: { kind: 'withdrawal', reason: 'Het bleek geen datalek: de gegevens waren versleuteld.' },
        authorityReference: 'M-2025-1234',
      }),
    );
    assert.equal(n.withdrawal?.reason, 'Het bleek geen datalek: de gegevens waren versleuteld.');
    assert.equal(n.completeness.formMissing.length, 0);
  });

  test('shows every moment in Dutch time with its offset', () => {
    const n = buildAuthorityNotification(buildNotificationInput());
    assert.equal(n.localTimes.awareAt.endsWith('+02:00'), true);
    assert.equal(n.localTimes.timeZone, 'Europe/Amsterdam');
  });
});
