import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import type { CliIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { openStorage } from '../../../src/storage/open-storage.ts';
import {
  getKamervragenSet,
  listKamervragenSets,
} from '../../../src/storage/repositories/kamervragen-repository.ts';
import { buildExport, seedPath } from '../../importers/kamervragen/seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlw-import-kamervragen-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from(['']),
    env,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

interface JsonOutput {
  sets: Array<{
    title: string;
    submitters: Array<{ name: string; party: string | null }>;
    respondents: Array<{ name: string; role: string | null; party: string | null }>;
    questions: Array<{
      number: number;
      text: string;
      answer: string | null;
      refersTo: number | null;
      footnotes: number[];
      answerFootnotes: number[];
    }>;
  }>;
}

describe('datalekwijzer import kamervragen', () => {
  test('prints the seed export as JSON with the documented fields and nothing else', async () => {
    const { code, stdout, stderr } = await run(['import', 'kamervragen', seedPath, '--json']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const output = JSON.parse(stdout) as JsonOutput;
    assert.deepEqual(Object.keys(output), ['sets']);
    assert.equal(output.sets.length, 18);
    const first = output.sets[0];
    assert.ok(first);
    assert.deepEqual(Object.keys(first), ['title', 'submitters', 'respondents', 'questions']);
    assert.deepEqual(first.respondents, [{ name: 'Moes', role: null, party: null }]);
    assert.deepEqual(first.questions[0], {
      number: 1,
      text: 'Bent u bekend met het bericht «Techsamenwerking in gevaar: Florida plaatst Nederlandse universiteiten op zwarte lijst»?',
      answer: null,
      refersTo: null,
      footnotes: [1],
      answerFootnotes: [],
    });
    const vog = output.sets[7]?.questions[8];
    assert.equal(vog?.answer, 'Zie antwoord vraag 8.');
    assert.equal(vog?.refersTo, 8);
  });

  test('stores the sets in the database and a second import changes nothing', async () => {
    const url = `sqlite:${join(dir, 'store.sqlite')}`;
    const firstRun = await run(['import', 'kamervragen', seedPath], { DATABASE_URL: url });
    assert.equal(firstRun.code, 0, firstRun.stderr);
    assert.match(firstRun.stdout, /Read 18 sets with 217 questions \(111 answered\)/u);
    assert.match(firstRun.stdout, /Stored: 18 new, 0 updated, 0 unchanged\./u);
    const again = await run(['import', 'kamervragen', seedPath], { DATABASE_URL: url });
    assert.match(again.stdout, /Stored: 0 new, 0 updated, 18 unchanged\./u);
    const storage = await openStorage({ url });
    try {
      const sets = await listKamervragenSets(storage.db);
      assert.equal(sets.length, 18);
      const palantir = sets.find((s) => s.title === 'Palantir');
      assert.ok(palantir);
      const stored = await getKamervragenSet(storage.db, palantir.id);
      assert.equal(stored?.questions.length, 5);
    } finally {
      await storage.close();
    }
  });

  test('updates a set in place when a newer export adds answers', async () => {
    const url = `sqlite:${join(dir, 'update.sqlite')}`;
    const path = join(dir, 'export.txt');
    writeFileSync(path, buildExport([{ title: 'Palantir', questions: [['Wat is dat?']] }]));
    await run(['import', 'kamervragen', path], { DATABASE_URL: url });
    writeFileSync(path, buildExport([{ title: 'Palantir', questions: [['Wat is dat?', 'Een bedrijf.']] }]));
    const { stdout } = await run(['import', 'kamervragen', path], { DATABASE_URL: url });
    assert.match(stdout, /Stored: 0 new, 1 updated, 0 unchanged\./u);
  });

  test('lists unplaced lines and warnings on stderr with their line numbers', async () => {
    const path = join(dir, 'warnings.txt');
    writeFileSync(path, `Inleiding\n${buildExport([{ questions: [['Wat?', 'Zie antwoord vraag 4.']] }])}`);
    const { code, stderr } = await run(['import', 'kamervragen', path, '--json']);
    assert.equal(code, 0);
    assert.match(stderr, new RegExp(`${path}:1: not placed \\(before_first_set\\)`, 'u'));
    assert.match(
      stderr,
      new RegExp(`${path}:12: warning: the answer to question 1 points to question 4`, 'u'),
    );
  });

  test('exits with 1 and names every bad line when the export is broken, storing nothing', async () => {
    const url = `sqlite:${join(dir, 'broken.sqlite')}`;
    const path = join(dir, 'broken.txt');
    writeFileSync(path, ['Palantir |', '|', 'Pepijn van Houwelingen (FVD) |', 'Wat?'].join('\n'));
    const { code, stderr } = await run(['import', 'kamervragen', path], { DATABASE_URL: url });
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`${path}:4: the header block that starts at line 1 is cut short`, 'u'));
  });

  test('exits with 1 and stores nothing when the file holds no set at all', async () => {
    const url = `sqlite:${join(dir, 'empty.sqlite')}`;
    const path = join(dir, 'not-an-export.txt');
    writeFileSync(path, '# Some other document\n\nIt has text, but no Kamervragen.\n');
    const { code, stdout, stderr } = await run(['import', 'kamervragen', path], { DATABASE_URL: url });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /holds no Kamervragen/u);
    assert.doesNotMatch(stderr, /not placed/u);
  });

  test('exits with 2 when the file cannot be read', async () => {
    const { code, stderr } = await run(['import', 'kamervragen', join(dir, 'missing.txt'), '--json']);
    assert.equal(code, 2);
    assert.match(stderr, /Cannot read .*missing\.txt: ENOENT/u);
  });
});
