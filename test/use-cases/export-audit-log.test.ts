import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatAuditLog } from '../../src/use-cases/export-audit-log.ts';
import type { AuditEntry } from '../../src/core/audit/audit-entry.ts';

function buildEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'e1',
    occurredAt: '2026-03-01T10:00:00.000Z',
    actorKind: 'user',
    actorUserId: 'u1',
    actorTokenId: null,
    organisationId: 'o1',
    entityType: 'breach',
    entityId: 'b1',
    action: 'breach.updated',
    before: { status: 'draft' },
    after: { status: 'published' },
    ...overrides,
  };
}

describe('formatAuditLog', () => {
  test('writes one CSV row per entry, oldest first, with JSON in the before and after cells', () => {
    const csv = formatAuditLog([buildEntry({ id: 'new' }), buildEntry({ id: 'old' })], 'csv');
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines.length, 3);
    assert.ok(lines[1]?.startsWith('"old"'));
    assert.ok(lines[1]?.endsWith('"{""status"":""draft""}","{""status"":""published""}"'));
  });

  test('defuses cells that a spreadsheet would run as a formula', () => {
    const csv = formatAuditLog([buildEntry({ entityId: '=HYPERLINK("http://x")' })], 'csv');
    assert.ok(csv.includes(`"'=HYPERLINK(""http://x"")"`));
  });

  test('writes JSON as a list, oldest first', () => {
    const json = JSON.parse(
      formatAuditLog([buildEntry({ id: 'new' }), buildEntry({ id: 'old' })], 'json'),
    ) as AuditEntry[];
    assert.deepEqual(
      json.map((e) => e.id),
      ['old', 'new'],
    );
  });
});
