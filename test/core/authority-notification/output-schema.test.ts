import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { z } from 'zod';
import {
  buildAuthorityNotification,
  type AuthorityNotification,
} from '../../../src/core/authority-notification/build-authority-notification.ts';
import { authorityNotificationSchema } from '../../../src/core/authority-notification/output-schema.ts';
import { buildNotificationInput } from './fixtures.ts';

// The published JSON Schema (docs/schemas/authority-notification-output.schema.json) is generated
// from this zod schema; these tests hold it to what the builder really produces.
type SchemaOutput = z.output<typeof authorityNotificationSchema>;

function parsed(notification: AuthorityNotification): SchemaOutput {
  const result = authorityNotificationSchema.safeParse(JSON.parse(JSON.stringify(notification)));
  assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2));
  return result.data;
}

describe('the notification output schema', () => {
  test('describes a complete first notification, field for field (no unknown member passes)', () => {
    const n = buildAuthorityNotification(buildNotificationInput());
    // Every type the builder produces fits the schema's type as well.
    const typed: SchemaOutput = n;
    assert.deepEqual(parsed(n), JSON.parse(JSON.stringify(typed)));
  });

  test('describes a late, incomplete follow-up with a start known only to the month', () => {
    const n = buildAuthorityNotification(
      buildNotificationInput({
        phase: { kind: 'follow_up', number: 2 },
        preparedAt: '2025-07-12T10:00:00+02:00',
        startedAt: '2025-06',
        likelyConsequences: [],
        form: { law: 'gdpr' },
      }),
    );
    assert.equal(parsed(n).localTimes.startedAt, '2025-06');
  });

  test('describes a withdrawal', () => {
    const n = buildAuthorityNotification(
      buildNotificationInput({ phase: { kind: 'withdrawal', reason: 'Het bleek geen datalek.' } }),
    );
    assert.equal(parsed(n).withdrawal?.reason, 'Het bleek geen datalek.');
  });

  test('refuses a member the builder does not produce', () => {
    const n = buildAuthorityNotification(buildNotificationInput());
    assert.equal(authorityNotificationSchema.safeParse({ ...n, extra: 1 }).success, false);
  });
});
