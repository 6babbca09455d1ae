import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { labCase, omCase } from '../../../src/demo/demo-cases.ts';
import { seedDemo } from '../../../src/demo/seed-demo.ts';
import { listAudit } from '../../../src/storage/repositories/audit-log.ts';
import { findBreachIdBySlug } from '../../../src/storage/repositories/breaches.ts';
import {
  breachIdsOfKamervragenSet,
  listKamervragenSets,
  listKamervragenSetsForBreach,
  unlinkKamervragenSet,
} from '../../../src/storage/repositories/kamervragen-repository.ts';
import { findOrganisationBySlug } from '../../../src/storage/repositories/organisations.ts';
import { memberOf } from '../../support/builders.ts';
import { testDatabases } from '../../support/databases.ts';
import { textOf } from '../register/register-world.ts';
import { csrfOf, signIn, workspaceWorld } from '../workspace/support.ts';

type World = Awaited<ReturnType<typeof workspaceWorld>>;

/**
 * The demo's real cases and Kamervragen over the workspace world, with the lab breach's demo
 * links taken away so that its two sets are suggestions again, and people of the lab breach's
 * organisation (BVO NL) in each role.
 */
async function kamervragenWorld(w: World) {
  const deps = { db: w.storage.db, clock: w.deps.clock };
  await seedDemo(deps);
  const labId = await findBreachIdBySlug(w.storage.db, labCase.content.slug);
  const omId = await findBreachIdBySlug(w.storage.db, omCase.content.slug);
  const bvo = await findOrganisationBySlug(w.storage.db, 'bevolkingsonderzoek-nederland');
  assert.ok(labId && omId && bvo);
  const labSets = await listKamervragenSetsForBreach(w.storage.db, labId);
  assert.equal(labSets.length, 2, 'the demo links two sets to the lab breach');
  for (const set of labSets) await unlinkKamervragenSet(w.storage.db, { setId: set.id, breachId: labId });
  const omSets = await listKamervragenSetsForBreach(w.storage.db, omId);
  const person = async (role: 'owner' | 'editor' | 'viewer') => {
    const member = await memberOf(w.deps, bvo.id, role);
    return signIn(w.app, member.email, member.password);
  };
  return {
    labId,
    bvoId: bvo.id,
    labSets,
    omSets,
    editor: await person('editor'),
    viewer: await person('viewer'),
    owner: await person('owner'),
    outsider: await signIn(w.app, w.world.editorA.email, w.world.editorA.password),
  };
}

function pagePath(breachId: string, action?: string): string {
  return `/werkruimte/datalekken/${breachId}/kamervragen${action ? `/${action}` : ''}`;
}

/** The text of the part of the page under the heading with `id`, up to the next h2. */
function section(body: string, id: string): string {
  const start = body.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = body.indexOf('<h2', start + 1);
  return textOf(body.slice(start, end < 0 ? undefined : end));
}

for (const engine of testDatabases) {
  describe(`workspace Kamervragen links on ${engine.name}`, { skip: engine.skip }, () => {
    let w: World;
    let k: Awaited<ReturnType<typeof kamervragenWorld>>;
    let dispose: (() => Promise<void>) | undefined;
    const auditCount = async () => (await listAudit(w.storage.db, k.bvoId)).total;
    const linkedTo = async (setId: string) => breachIdsOfKamervragenSet(w.storage.db, setId);
    const publicPage = async () => textOf((await w.app.inject(`/register/${labCase.content.slug}`)).body);

    before(async () => {
      const storage = await engine.open();
      dispose = storage.dispose;
      w = await workspaceWorld(storage);
      k = await kamervragenWorld(w);
    });
    after(async () => {
      await w?.close();
      await dispose?.();
    });

    test('suggests the two lab sets for the lab breach, with score and matched names, and not the OM sets', async () => {
      const response = await k.editor.get(pagePath(k.labId));
      assert.equal(response.statusCode, 200);
      const suggested = section(response.body, 'suggested');
      for (const set of k.labSets) assert.ok(suggested.includes(set.title), set.title);
      for (const set of k.omSets) assert.ok(!suggested.includes(set.title), set.title);
      assert.match(suggested, /\d+ procent/);
      assert.match(suggested, /Clinical Diagnostics|Bevolkingsonderzoek Nederland/);
      assert.ok(suggested.includes(k.labSets[0]?.submitters[0]?.name ?? '-'));
      assert.match(response.body, /\/kamervragen\/koppelen"/);
    });

    test('the workspace breach page links to the Kamervragen page', async () => {
      const response = await k.viewer.get(`/werkruimte/datalekken/${k.labId}`);
      assert.equal(response.statusCode, 200);
      assert.ok(response.body.includes(`href="${pagePath(k.labId)}"`));
    });

    test('an editor confirms a suggestion: it shows on the public breach page, then removing it takes it away', async () => {
      const set = k.labSets[0];
      assert.ok(set);
      assert.ok(!(await publicPage()).includes(set.title));
      const before = await auditCount();

      const confirmed = await k.editor.post(
        pagePath(k.labId, 'koppelen'),
        { setId: set.id },
        pagePath(k.labId),
      );
      assert.equal(confirmed.statusCode, 303);
      assert.deepEqual(await linkedTo(set.id), [k.labId]);
      assert.ok((await publicPage()).includes(set.title));
      const page = await k.editor.get(pagePath(k.labId));
      assert.ok(section(page.body, 'linked').includes(set.title));
      assert.ok(!section(page.body, 'suggested').includes(set.title));

      const removed = await k.editor.post(
        pagePath(k.labId, 'ontkoppelen'),
        { setId: set.id },
        pagePath(k.labId),
      );
      assert.equal(removed.statusCode, 303);
      assert.deepEqual(await linkedTo(set.id), []);
      assert.ok(!(await publicPage()).includes(set.title));

      const entries = (await listAudit(w.storage.db, k.bvoId)).entries;
      assert.equal(entries.length, before + 2);
      const actions = entries.slice(0, 2).map((e) => [e.action, e.entityId, e.actorKind]);
      assert.deepEqual(actions.sort(), [
        ['kamervragen.link_confirmed', k.labId, 'user'],
        ['kamervragen.link_removed', k.labId, 'user'],
      ]);
    });

    test('an owner turns a suggestion down: it moves to the turned-down list, is audited, and can be linked after all', async () => {
      const set = k.labSets[1];
      assert.ok(set);
      const before = await auditCount();
      const rejected = await k.owner.post(
        pagePath(k.labId, 'afwijzen'),
        { setId: set.id },
        pagePath(k.labId),
      );
      assert.equal(rejected.statusCode, 303);
      const page = await k.owner.get(pagePath(k.labId));
      assert.ok(!section(page.body, 'suggested').includes(set.title));
      assert.ok(section(page.body, 'rejected').includes(set.title));
      assert.deepEqual(await linkedTo(set.id), []);
      assert.equal(await auditCount(), before + 1);
      assert.equal(
        (await listAudit(w.storage.db, k.bvoId)).entries[0]?.action,
        'kamervragen.suggestion_rejected',
      );

      await k.owner.post(pagePath(k.labId, 'koppelen'), { setId: set.id }, pagePath(k.labId));
      assert.deepEqual(await linkedTo(set.id), [k.labId]);
      const after = await k.owner.get(pagePath(k.labId));
      assert.ok(!section(after.body, 'rejected').includes(set.title));
      await k.owner.post(pagePath(k.labId, 'ontkoppelen'), { setId: set.id }, pagePath(k.labId));
      assert.deepEqual(await linkedTo(set.id), []);
    });

    test('a viewer sees the lists without buttons and is refused (403) on every change, and nothing changes', async () => {
      const page = await k.viewer.get(pagePath(k.labId));
      assert.equal(page.statusCode, 200);
      assert.ok(!page.body.includes('/kamervragen/koppelen"'));
      const set = k.labSets[0];
      assert.ok(set);
      const before = await auditCount();
      const token = csrfOf((await k.viewer.get('/werkruimte')).body);
      for (const action of ['koppelen', 'afwijzen', 'ontkoppelen']) {
        const response = await k.viewer.postRaw(pagePath(k.labId, action), { _csrf: token, setId: set.id });
        assert.equal(response.statusCode, 403, action);
      }
      assert.deepEqual(await linkedTo(set.id), []);
      assert.equal(await auditCount(), before);
    });

    test('a member of another organisation gets 404 on the page and every change, even for a published breach', async () => {
      const set = k.labSets[0];
      assert.ok(set);
      assert.equal((await k.outsider.get(pagePath(k.labId))).statusCode, 404);
      const token = csrfOf((await k.outsider.get('/werkruimte')).body);
      const before = await auditCount();
      for (const action of ['koppelen', 'afwijzen', 'ontkoppelen']) {
        const response = await k.outsider.postRaw(pagePath(k.labId, action), { _csrf: token, setId: set.id });
        assert.equal(response.statusCode, 404, action);
      }
      assert.deepEqual(await linkedTo(set.id), []);
      assert.equal(await auditCount(), before);
      // Their own breach has no suggestions taken from the lab's sets' links.
      assert.equal((await k.outsider.get(pagePath(w.breachA.id))).statusCode, 200);
    });

    test('a change without a CSRF token, or with a wrong one, is refused and nothing changes', async () => {
      const set = k.labSets[0];
      assert.ok(set);
      const before = await auditCount();
      const attempts: Record<string, string>[] = [{ setId: set.id }, { setId: set.id, _csrf: 'forged' }];
      for (const fields of attempts) {
        const response = await k.editor.postRaw(pagePath(k.labId, 'koppelen'), fields);
        assert.equal(response.statusCode, 403);
      }
      assert.deepEqual(await linkedTo(set.id), []);
      assert.equal(await auditCount(), before);
    });

    test('an unknown set id is not found and stores nothing', async () => {
      const before = await auditCount();
      const response = await k.editor.post(
        pagePath(k.labId, 'koppelen'),
        { setId: 'kv-000000000000000000000000' },
        pagePath(k.labId),
      );
      assert.equal(response.statusCode, 404);
      assert.equal(await auditCount(), before);
      assert.equal((await listKamervragenSets(w.storage.db)).length, 18);
    });
  });
}
