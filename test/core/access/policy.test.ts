import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  publicActor,
  systemActor,
  type Actor,
  type OrganisationRole,
} from '../../../src/core/access/actor.ts';
import { can, type Action } from '../../../src/core/access/policy.ts';

const user = (roles: Record<string, OrganisationRole>, platformAdmin = false): Actor => ({
  kind: 'user',
  userId: 'u',
  platformAdmin,
  roles,
});
const draftA = { type: 'breach', organisationId: 'A', status: 'draft' } as const;
const publishedA = { type: 'breach', organisationId: 'A', status: 'published' } as const;
const orgA = { type: 'organisation', organisationId: 'A' } as const;

describe('can', () => {
  test('lets every role of the organisation read its draft, and nobody else', () => {
    for (const role of ['owner', 'editor', 'viewer'] as const)
      assert.equal(can(user({ A: role }), 'breach.read', draftA), true);
    assert.equal(can(user({ B: 'owner' }), 'breach.read', draftA), false);
    assert.equal(can(user({}, true), 'breach.read', draftA), false);
    assert.equal(can(publicActor, 'breach.read', draftA), false);
    assert.equal(
      can({ kind: 'api_token', tokenId: 't', organisationId: 'B', role: 'editor' }, 'breach.read', draftA),
      false,
    );
  });

  test('lets anyone read a published or closed breach', () => {
    assert.equal(can(publicActor, 'breach.read', publishedA), true);
    assert.equal(can(publicActor, 'breach.read', { ...publishedA, status: 'closed' }), true);
  });

  test('lets owners and editors change a breach, never viewers or other organisations', () => {
    const expected: [Actor, boolean][] = [
      [user({ A: 'owner' }), true],
      [user({ A: 'editor' }), true],
      [user({ A: 'viewer' }), false],
      [user({ B: 'owner' }), false],
      [user({}, true), false],
      [publicActor, false],
      [{ kind: 'api_token', tokenId: 't', organisationId: 'A', role: 'editor' }, true],
      [{ kind: 'api_token', tokenId: 't', organisationId: 'A', role: 'viewer' }, false],
    ];
    for (const [actor, allowed] of expected) {
      assert.equal(can(actor, 'breach.update', publishedA), allowed);
      assert.equal(can(actor, 'breach.create', orgA), allowed);
    }
  });

  test('reserves publishing, members, tokens and the audit log for owners', () => {
    const ownerOnly: Action[] = ['breach.publish', 'token.manage', 'audit.read'];
    for (const action of ownerOnly) {
      const resource = action === 'breach.publish' ? draftA : orgA;
      assert.equal(can(user({ A: 'owner' }), action, resource), true, action);
      assert.equal(can(user({ A: 'editor' }), action, resource), false, action);
      assert.equal(
        can({ kind: 'api_token', tokenId: 't', organisationId: 'A', role: 'editor' }, action, resource),
        false,
      );
    }
    assert.equal(can(user({ A: 'owner' }), 'member.manage', orgA), true);
    assert.equal(can(user({ A: 'editor' }), 'member.manage', orgA), false);
  });

  test('lets an owner token of A publish and read the audit log of A, and nothing of B', () => {
    const ownerTokenA: Actor = { kind: 'api_token', tokenId: 't', organisationId: 'A', role: 'owner' };
    assert.equal(can(ownerTokenA, 'breach.publish', draftA), true);
    assert.equal(can(ownerTokenA, 'audit.read', orgA), true);
    assert.equal(can(ownerTokenA, 'breach.update', draftA), true);
    const draftB = { ...draftA, organisationId: 'B' };
    assert.equal(can(ownerTokenA, 'breach.read', draftB), false);
    assert.equal(can(ownerTokenA, 'breach.publish', draftB), false);
    assert.equal(can(ownerTokenA, 'audit.read', { type: 'organisation', organisationId: 'B' }), false);
  });

  test('never lets a token manage members, tokens or the organisation, whatever its role', () => {
    for (const role of ['owner', 'editor', 'viewer'] as const) {
      const token: Actor = { kind: 'api_token', tokenId: 't', organisationId: 'A', role };
      for (const action of ['member.manage', 'token.manage', 'organisation.update'] as const)
        assert.equal(can(token, action, orgA), false, `${role} ${action}`);
    }
    assert.equal(can(user({ A: 'owner' }), 'token.manage', orgA), true);
  });

  test('lets platform administrators manage organisations and people but not breaches', () => {
    const admin = user({}, true);
    assert.equal(can(admin, 'organisation.create', { type: 'platform' }), true);
    assert.equal(can(admin, 'user.create', { type: 'platform' }), true);
    assert.equal(can(admin, 'member.manage', orgA), true);
    assert.equal(can(admin, 'breach.update', publishedA), false);
    assert.equal(can(user({ A: 'owner' }), 'organisation.create', { type: 'platform' }), false);
  });

  test('allows the command-line system actor everything', () => {
    assert.equal(can(systemActor, 'breach.publish', draftA), true);
  });
});
