import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { knowledgeDigest, type Knowledge } from '../../src/core/knowledge/index.ts';
import type { ShardTask } from '../../src/letters-pipeline/render-shard.ts';
import { createShardPool, ShardRenderError } from '../../src/letters-pipeline/thread-pool.ts';
import { testDatabases } from '../support/databases.ts';
import {
  buildDeps,
  buildPerson,
  buildSetup,
  startLetterJob,
  tempDir,
  testKnowledge,
  writeRecipients,
} from './builders.ts';
import { readManifest } from './output-readers.ts';

/** Undoes quoted-printable soft line breaks and escapes, enough to search the text part. */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

const sqlite = testDatabases.find((d) => d.name === 'sqlite');
const setup = buildSetup({
  email: { from: '"Bevolkingsonderzoek Voorbeeld" <datalek@bvo.example>', messagesPerSecond: 200 },
});

function task(index: number): ShardTask {
  return {
    jobId: 'job-pool-test',
    breachId: 'br-pool',
    round: 1,
    format: 'eml',
    recipientsPath: '/nonexistent.csv',
    outDir: tempDir(),
    settings: {} as ShardTask['settings'],
    shard: {
      index,
      firstRow: index * 10 + 1,
      rowCount: 10,
      firstLine: index * 10 + 2,
      byteStart: 0,
      byteEnd: 0,
    },
  };
}

describe('the render thread pool', () => {
  test('threads render from the knowledge base they are handed, not from content/ on disk', async (t) => {
    assert.ok(sqlite);
    const storage = await sqlite.open();
    t.after(() => storage.dispose());
    // Changed in memory only: every action title gets a marker that is in no file of content/.
    const changed = structuredClone(testKnowledge()) as Knowledge;
    for (const action of changed.actions) {
      action.title = { nl: `${action.title.nl} Zqxgewijzigd`, en: `${action.title.en} Zqxchanged` };
    }
    assert.notEqual(knowledgeDigest(changed), knowledgeDigest(testKnowledge()));
    const people = Array.from({ length: 6 }, (_, i) => buildPerson(i));
    const outDir = tempDir();
    const started = await startLetterJob(buildDeps(storage, { knowledge: changed }), {
      breachId: 'br-pool',
      recipientsPath: writeRecipients(people),
      outDir,
      format: 'eml',
      setup,
      shardSize: 2,
      threads: 2,
    });
    const progress = await started.done;
    assert.equal(progress.generated, 6);
    const manifest = readManifest(outDir);
    assert.equal(manifest.length, 6);
    for (const entry of manifest) {
      const text = decodeQuotedPrintable(readFileSync(join(outDir, 'letters', entry.file), 'utf8'));
      const marker = entry.language === 'en' ? 'Zqxchanged' : 'Zqxgewijzigd';
      assert.ok(text.includes(marker), `letter of row ${entry.row} was rendered from another knowledge base`);
    }
  });

  test('a thread that dies fails only its shard, named, and is replaced for the next shard', async () => {
    const knowledge = testKnowledge();
    const pool = createShardPool({
      codeSecret: 'test-code-secret-of-at-least-32-bytes!!',
      knowledge,
      shardSize: 10,
      threads: 1,
      threadModule: new URL('./support/dying-thread.mjs', import.meta.url),
    });
    try {
      assert.equal((await pool.run(task(0))).index, 0);
      await assert.rejects(pool.run(task(1)), (error: unknown) => {
        assert.ok(error instanceof ShardRenderError);
        assert.equal(error.shardIndex, 1);
        assert.match(error.message, /^Shard 2 \(rows 11–20\) of letter job job-pool-test failed: .*exited/);
        return true;
      });
      // The pool's only thread died; a new one renders the next shard.
      assert.equal((await pool.run(task(2))).index, 2);
    } finally {
      await pool.close();
    }
  });
});
