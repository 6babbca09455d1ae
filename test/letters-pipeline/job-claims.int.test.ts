import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, test } from 'node:test';
import { claimJob } from '../../src/storage/repositories/letter-job-claims.ts';
import { insertJob } from '../../src/storage/repositories/letter-jobs.ts';
import type { Storage } from '../../src/storage/open-storage.ts';
import { testDatabases } from '../support/databases.ts';

/** A letter job row without shards: claims only need the job to exist. */
async function buildJob(storage: Storage): Promise<string> {
  const id = randomUUID();
  await insertJob(
    storage.db,
    {
      id,
      breach_id: `br-${id.slice(0, 8)}`,
      round: 1,
      format: 'smtp',
      status: 'done',
      recipients_path: '/tmp/ontvangers.csv',
      recipients_sha256: '0'.repeat(64),
      out_dir: '/tmp/out',
      shard_size: 4,
      shards_total: 0,
      rows_total: 0,
      settings_json: '{}',
      created_at: '2026-11-25T09:00:00.000Z',
      updated_at: '2026-11-25T09:00:00.000Z',
      finished_at: '2026-11-25T09:00:00.000Z',
    },
    [],
  );
  return id;
}

const minute = 60_000;

/** The id of a process on this machine that has ended (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

for (const engine of testDatabases) {
  describe(`letter job claims on ${engine.name}`, { skip: engine.skip }, () => {
    test('a claim whose holder was a process on this machine that died (kill -9) is taken over at once', async () => {
      const storage = await engine.open();
      try {
        const jobId = await buildJob(storage);
        const now = () => new Date('2026-11-25T10:00:00.000Z');
        await storage.db
          .insertInto('letter_job_claims')
          .values({
            job_id: jobId,
            kind: 'run',
            holder: `${hostname()}:${deadPid()}:dead`,
            claimed_at: now().toISOString(),
          })
          .execute();
        const taken = await claimJob(storage.db, jobId, 'run', { now, leaseMs: 5 * minute });
        assert.ok(taken.ok, 'the dead holder does not block the job for the whole lease');
        // A live holder on this machine (this very process, under another claim) still blocks.
        const again = await claimJob(storage.db, jobId, 'run', { now, leaseMs: 5 * minute });
        assert.ok(!again.ok);
        await taken.claim.release();
      } finally {
        await storage.close();
      }
    });

    test('a live claim is not taken, a stale one is, and only its holder can release it', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const jobId = await buildJob(storage);
      let now = new Date('2026-11-25T10:00:00.000Z');
      const clock = () => now;
      const first = await claimJob(storage.db, jobId, 'resend', { now: clock, leaseMs: 5 * minute });
      assert.ok(first.ok);

      now = new Date('2026-11-25T10:05:00.000Z'); // exactly one lease later: still live
      const refused = await claimJob(storage.db, jobId, 'resend', { now: clock, leaseMs: 5 * minute });
      assert.ok(!refused.ok);
      assert.equal(refused.heldBy.holder, first.claim.holder);
      assert.equal(refused.heldBy.claimedAt, '2026-11-25T10:00:00.000Z');
      assert.equal(refused.heldBy.staleAt, '2026-11-25T10:05:00.000Z');
      // Another kind of claim on the same job is independent.
      const finish = await claimJob(storage.db, jobId, 'finish', { now: clock, leaseMs: 5 * minute });
      assert.ok(finish.ok);
      await finish.claim.release();

      now = new Date('2026-11-25T10:05:00.001Z');
      const second = await claimJob(storage.db, jobId, 'resend', { now: clock, leaseMs: 5 * minute });
      assert.ok(second.ok, 'a claim not renewed for the lease is taken over');
      assert.notEqual(second.claim.holder, first.claim.holder);

      await first.claim.release(); // the old holder comes back: it must not free the new claim
      const third = await claimJob(storage.db, jobId, 'resend', { now: clock, leaseMs: 5 * minute });
      assert.ok(!third.ok);
      assert.equal(third.heldBy.holder, second.claim.holder);

      await second.claim.release();
      const fourth = await claimJob(storage.db, jobId, 'resend', { now: clock, leaseMs: 5 * minute });
      assert.ok(fourth.ok, 'a released claim is free at once');
      await fourth.claim.release();
    });

    test('of several callers at once exactly one gets a free claim, and exactly one a stale one', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const jobId = await buildJob(storage);
      let now = new Date('2026-11-25T10:00:00.000Z');
      const clock = () => now;
      const race = () =>
        Promise.all(
          Array.from({ length: 6 }, () =>
            claimJob(storage.db, jobId, 'finish', { now: clock, leaseMs: 5 * minute }),
          ),
        );
      const free = await race();
      assert.equal(free.filter((r) => r.ok).length, 1);
      now = new Date('2026-11-25T10:06:00.000Z');
      const stale = await race();
      const winners = stale.filter((r) => r.ok);
      assert.equal(winners.length, 1);
      for (const r of winners) await r.claim.release();
    });

    test('a holder renews its claim while it works, so a live but long job keeps it', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const jobId = await buildJob(storage);
      const leaseMs = 300;
      const held = await claimJob(storage.db, jobId, 'resend', { now: () => new Date(), leaseMs });
      assert.ok(held.ok);
      await new Promise((resolve) => setTimeout(resolve, 3 * leaseMs));
      const other = await claimJob(storage.db, jobId, 'resend', { now: () => new Date(), leaseMs });
      assert.ok(!other.ok, 'a renewed claim is not stale after three lease periods');
      assert.ok(held.claim.held());
      await held.claim.release();
      assert.ok(!held.claim.held());
    });
  });
}
