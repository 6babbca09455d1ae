import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { renderSchemas, schemaDir } from '../../../scripts/generate-schemas.ts';
import { assessBreach } from '../../../src/core/assessment/assess-breach.ts';
import { parseAssessmentInput } from '../../../src/core/assessment/input-schema.ts';
import { parseAuthorityNotificationRequest } from '../../../src/core/authority-notification/input-schema.ts';

const examplesDir = new URL('../../../docs/examples/', import.meta.url);

describe('docs/schemas', () => {
  test('match the zod schemas; run scripts/generate-schemas.ts after changing them', async () => {
    const rendered = await renderSchemas();
    assert.deepEqual(readdirSync(schemaDir).sort(), Object.keys(rendered).sort());
    for (const [name, text] of Object.entries(rendered))
      assert.equal(readFileSync(join(schemaDir, name), 'utf8'), text, `docs/schemas/${name} is stale`);
  });
});

describe('docs/examples', () => {
  const decisions: Record<string, [notify: boolean, inform: boolean]> = {
    'incident-ransomware-with-backup.json': [false, false],
    'incident-lost-encrypted-laptop.json': [false, false],
    'incident-lab-results-online.json': [true, true],
    'incident-misdirected-email-trusted.json': [false, false],
  };
  for (const [file, [notify, inform]] of Object.entries(decisions))
    test(`${file} is valid and gives the decisions docs/assessment.md shows`, () => {
      const parsed = parseAssessmentInput(JSON.parse(readFileSync(new URL(file, examplesDir), 'utf8')));
      assert.ok(parsed.ok, JSON.stringify(parsed));
      const a = assessBreach(parsed.value, { now: new Date('2026-04-15T09:00:00Z') });
      assert.equal(a.notifyAuthority.required, notify);
      assert.equal(a.informPeople.required, inform);
    });

  test('authority-notification-lab.json is a valid notification request', () => {
    const parsed = parseAuthorityNotificationRequest(
      JSON.parse(readFileSync(new URL('authority-notification-lab.json', examplesDir), 'utf8')),
    );
    assert.ok(parsed.ok, JSON.stringify(parsed));
  });
});
