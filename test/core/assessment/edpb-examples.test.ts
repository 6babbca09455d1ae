import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assessIncident } from './fixtures.ts';

// EDPB Guidelines 01/2021 on examples regarding personal data breach notification. The guidelines'
// own text was not in the stored corpus; every decision below was read in a source that reports it
// (cited per case). Facts the source does not give (numbers of people) are marked as our
// assumption. Cases whose decision we could not read are listed in docs/assessment.md.
//
// Sources:
// - [BM] Baker McKenzie, "EDPB publishes guidelines on examples regarding data breach
//   notification", 2021-02-04 (globallitigationnews.bakermckenzie.com).
// - [GT-R] Greenberg Traurig, "Does the European Data Protection Board's Data Breach Guidance
//   mandate reporting of ransomware attacks?", 2021-02-12,
//   https://www.natlawreview.com/article/does-european-data-protection-board-s-data-breach-guidance-mandate-reporting
//   (on version 1.0 of the guidelines).
// - [GT-L] Greenberg Traurig on lost or stolen laptops under the EDPB's draft guidance,
//   https://natlawreview.com/article/does-company-need-to-report-lost-or-stolen-laptop-under-gdpr
// - [GT-M] Greenberg Traurig on malware and exfiltration under the EDPB's draft guidance,
//   https://natlawreview.com/article/do-all-malware-attacks-need-to-be-reported-under-gdpr
//   (also at gtlaw-dataprivacydish.com, 2021-02)
// - [HR-2] hrlaw.pl, "When a former employee takes data from the company", 2024-01-08,
//   https://hrlaw.pl/en/articles/when-a-former-employee-takes-data-from-the-company
//   (quotes version 2.0 of the guidelines, p. 20).
// - [HR-3] hrlaw.pl, "What if an employee loses a laptop?", 2024-01-16,
//   https://hrlaw.pl/en/articles/what-if-an-employee-loses-a-laptop-
//   (quotes version 2.0 of the guidelines, p. 25).
// - [IJE] IJE, "Examples of When To Notify Data Breaches" (partner blog, ije.be), a table that
//   summarises the guidelines' cases with "notify to DPA" and "inform data subject"; only its
//   first part (unintentional internal errors) was readable. It names no case numbers: the numbers
//   below are our reading of the guidelines' table of contents (v2.0, stored in a public
//   repository), whose titles match the summary's rows. Not checked against the cases' own text.
describe('EDPB Guidelines 01/2021 example cases', () => {
  test('CASE 01, ransomware with a proper backup and no exfiltration: record internally, notify no one [BM, GT-R]', () => {
    const a = assessIncident({
      incidentKind: 'ransomware',
      categories: ['name', 'address', 'email'],
      peopleCount: 500,
      maliciousIntent: true,
      copiedOut: false,
      // "the backup is readily available": restored within hours.
      availability: { lost: true, restoredFromBackup: true, hoursUnavailable: 5 },
    });
    assert.equal(a.notifyAuthority.required, false);
    assert.equal(a.informPeople.required, false);
  });

  test('CASE 03, ransomware in a hospital, backup but restore takes days and delays care: notify the authority and the people [BM]', () => {
    const a = assessIncident({
      incidentKind: 'ransomware',
      categories: ['name', 'health_data'],
      // The EDPB gives no number; a hospital's patients are taken as thousands (our assumption).
      peopleCount: 5000,
      maliciousIntent: true,
      copiedOut: false,
      // "the restoration of the data lasts a couple of days".
      availability: { lost: true, restoredFromBackup: true, hoursUnavailable: 60 },
    });
    assert.equal(a.risk.level, 'high_risk');
    assert.equal(a.notifyAuthority.required, true);
    assert.equal(a.informPeople.required, true);
  });

  test('ransomware, hospital data encrypted with no backup to restore it: notify the authority and the people [GT-R]', () => {
    // The number of patients does not change this answer: it holds from one patient on.
    const a = assessIncident({
      incidentKind: 'ransomware',
      categories: ['name', 'health_data'],
      peopleCount: 1,
      maliciousIntent: true,
      copiedOut: false,
      availability: { lost: true, restoredFromBackup: false },
    });
    assert.equal(a.notifyAuthority.required, true);
    assert.equal(a.informPeople.required, true);
  });

  test('exfiltration of usernames and passwords hashed with a salted, state-of-the-art algorithm: the people need no message [GT-M]', () => {
    // The source reports only the Art. 34 decision; the Art. 33 decision is not asserted.
    // A salted state-of-the-art hash is expressed as `encrypted` with the key out of reach:
    // whoever has the data cannot read the passwords.
    const a = assessIncident({
      incidentKind: 'hacking',
      categories: ['username', 'password'],
      peopleCount: 1, // not given by the source; the answer does not depend on it
      encrypted: true,
      keySafe: true,
      copiedOut: true,
      maliciousIntent: true,
    });
    assert.equal(a.informPeople.required, false);
  });

  test('stolen device with strongly encrypted data: no notification, document internally [GT-L]', () => {
    const a = assessIncident({
      incidentKind: 'lost_device',
      categories: ['name', 'address', 'date_of_birth'],
      peopleCount: 1, // not given by the source; the answer does not depend on it
      encrypted: true,
      keySafe: true,
      maliciousIntent: true,
      availability: { lost: true, restoredFromBackup: true, hoursUnavailable: 1 },
    });
    assert.equal(a.notifyAuthority.required, false);
    assert.equal(a.informPeople.required, false);
    assert.ok(a.documentation.length > 0);
  });

  test('stolen notebook without password or encryption, names, sex, addresses and birth dates of 100,000+ customers: notify the authority and the people [HR-3, GT-L]', () => {
    const a = assessIncident({
      incidentKind: 'lost_device',
      categories: ['name', 'gender', 'address', 'date_of_birth'],
      peopleCount: 100_000,
      encrypted: false,
      maliciousIntent: true, // stolen
      // EDPB: the data was "easily accessible for the thief or any other person coming into
      // possession of the device thereafter": an unknown number of people.
      disclosedTo: 'unknown_recipients',
      // "The personal data could be restored from daily backups".
      availability: { lost: true, restoredFromBackup: true, hoursUnavailable: 24 },
    });
    assert.equal(a.notifyAuthority.required, true);
    assert.equal(a.informPeople.required, true);
  });

  test('employee copies basic client contact data in the notice period and uses it for his own business: notify the authority, no message to the people [HR-2]', () => {
    const a = assessIncident({
      incidentKind: 'staff_unauthorised_access',
      categories: ['name', 'email', 'phone'],
      // The EDPB gives no number (our assumption: a few hundred clients). From 1,000 people on our
      // large-scale rule would also inform the people; the EDPB case does not weigh the number.
      peopleCount: 300,
      copiedOut: true,
      maliciousIntent: true,
    });
    assert.equal(a.notifyAuthority.required, true);
    assert.equal(a.informPeople.required, false);
  });

  test('CASE 09 (by its title), a file of customer data e-mailed by mistake to a trusted third party bound to confidentiality, deleted: notify no one [IJE]', () => {
    // IJE: "No" for both, "if the third party is bound to confidentiality ..., deletion or return
    // was ensured, and no sensitive data were transmitted". The kinds of data and the number are
    // our assumption for "an Excel file of customer data".
    const a = assessIncident({
      incidentKind: 'misdirected_mail',
      categories: ['name', 'address', 'email', 'customer_number'],
      peopleCount: 200,
      recipientTrusted: true,
    });
    assert.equal(a.notifyAuthority.required, false);
    assert.equal(a.informPeople.required, false);
  });

  test('CASE 13 (by its title, "Postal mail mistake"), a webshop sends orders and packing bills to the wrong customer: notify no one [IJE]', () => {
    // Two customers, each receiving the other's order: our assumption of the numbers.
    const a = assessIncident({
      incidentKind: 'misdirected_mail',
      categories: ['name', 'address', 'customer_number'],
      peopleCount: 2,
    });
    assert.equal(a.notifyAuthority.required, false);
    assert.equal(a.informPeople.required, false);
  });

  test('CASE 14 (by its title), sensitive personal data sent by e-mail by mistake: notify the authority and the people [IJE]', () => {
    // "Sensitive" is expressed as health data; the number of people is our assumption. The answer
    // holds from one person on: a special category makes the risk high.
    const a = assessIncident({
      incidentKind: 'misdirected_mail',
      categories: ['name', 'health_data'],
      peopleCount: 1,
    });
    assert.equal(a.notifyAuthority.required, true);
    assert.equal(a.informPeople.required, true);
  });
});
