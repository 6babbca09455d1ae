import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
  ContentError,
  defaultContentDir,
  loadKnowledge,
  readKnowledge,
} from '../../src/content-files/load-knowledge.ts';

const root = mkdtempSync(join(tmpdir(), 'dlw-knowledge-'));
after(() => rmSync(root, { recursive: true, force: true }));
let copies = 0;

/** A copy of content/ in a temp folder, with `file` changed by `edit`. */
function contentWith(file: string, edit: (text: string) => string): string {
  const dir = join(root, String(++copies));
  cpSync(defaultContentDir, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

function errorOf(dir: string): ContentError {
  try {
    readKnowledge(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  assert.fail('expected a ContentError');
}

describe('readKnowledge', () => {
  test('loads the knowledge base in content/', () => {
    const knowledge = readKnowledge();
    assert.ok(knowledge.categories.some((c) => c.id === 'bsn'));
    assert.ok(knowledge.actions.length > 10);
  });

  test('names the file, the path inside it and what is expected for a wrong value', () => {
    const dir = contentWith('actions.yaml', (t) => t.replace('when: this_week', 'when: next_year'));
    const error = errorOf(dir);
    assert.equal(error.issues.length, 1);
    const [issue] = error.issues;
    assert.ok(issue!.file.endsWith('actions.yaml'), issue!.file);
    assert.match(issue!.path, /^actions\[\d+\]\.when$/);
    assert.equal(issue!.message, 'expected one of now, this_week, once_confirmed, months');
    assert.match(
      error.message,
      /actions\.yaml: actions\[\d+\]\.when: expected one of now, this_week, once_confirmed, months/,
    );
  });

  test('names the line and column of broken YAML', () => {
    const dir = contentWith('risks.yaml', (t) => t.replace('risks:\n', 'risks:\n  - id: [unclosed\n'));
    const [issue] = errorOf(dir).issues;
    assert.ok(issue!.file.endsWith('risks.yaml'));
    assert.match(issue!.path, /^line \d+, column \d+$/);
    assert.match(issue!.message, /^not valid YAML/);
  });

  test('names a missing file', () => {
    const dir = contentWith('sources.yaml', (t) => t);
    rmSync(join(dir, 'sources.yaml'));
    const [issue] = errorOf(dir).issues;
    assert.ok(issue!.file.endsWith('sources.yaml'));
    assert.equal(issue!.message, 'cannot be read (ENOENT)');
  });

  test('names the file of a cross-reference that points nowhere', () => {
    const dir = contentWith('questions.yaml', (t) =>
      t.replace(
        'sources: [rvig_bsn_2021, rvig_cmi, ap_victims]',
        'sources: [rvig_bsn_2021, nowhere, ap_victims]',
      ),
    );
    const [issue] = errorOf(dir).issues;
    assert.ok(issue!.file.endsWith('questions.yaml'));
    assert.match(issue!.path, /^questions\[\d+\]\.sources\[1\]$/);
    assert.match(issue!.message, /^unknown source "nowhere"/);
  });
});

describe('loadKnowledge', () => {
  test('reads a folder once and then returns the cached knowledge', () => {
    assert.equal(loadKnowledge(), loadKnowledge(defaultContentDir));
  });
});
