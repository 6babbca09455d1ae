import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JargonFileError, loadJargon, parseJargon } from '../../src/content-files/load-jargon.ts';

function problemsOf(source: string): string {
  try {
    parseJargon(source, 'content/plain-language/jargon.yaml');
  } catch (error) {
    assert.ok(error instanceof JargonFileError);
    return error.message;
  }
  assert.fail('expected a JargonFileError');
}

describe('parseJargon', () => {
  test('turns a single plain alternative into a list', () => {
    const [entry] = parseJargon('entries:\n  - { term: middels, lang: nl, plain: met }\n', 'x.yaml');
    assert.deepEqual(entry, { term: 'middels', lang: 'nl', plain: ['met'] });
  });

  test('names the file, the path and the expectation for a wrong entry', () => {
    const message = problemsOf(
      'entries:\n  - { term: middels, lang: nl, plain: met }\n  - { term: x, lang: de, plain: [] }\n',
    );
    assert.match(message, /^content\/plain-language\/jargon\.yaml: /);
    assert.match(message, /entries\[1\]\.lang: .*"nl"\|"en"/);
    assert.match(message, /entries\[1\]\.plain: at least one plain alternative/);
  });

  test('rejects a term listed twice for the same language and names the first one', () => {
    const message = problemsOf(
      'entries:\n  - { term: Middels, lang: nl, plain: met }\n  - { term: middels, lang: nl, plain: door }\n',
    );
    assert.match(message, /entries\[1\]\.term: a term not already listed \(see entries\[0\]\)/);
  });

  test('rejects unknown fields and broken YAML', () => {
    assert.match(problemsOf('entries:\n  - { term: a, lang: nl, plain: b, plane: c }\n'), /entries\[0\]/);
    assert.match(problemsOf('entries: [\n'), /valid YAML expected/);
  });
});

describe('loadJargon', () => {
  test('loads the project list with the terms the B1 guidance names in both languages', async () => {
    const entries = await loadJargon();
    const terms = new Set(entries.map((e) => `${e.lang}:${e.term}`));
    for (const term of [
      'nl:verwerkingsverantwoordelijke',
      'nl:betrokkene',
      'nl:middels',
      'en:data controller',
      'en:pursuant to',
    ])
      assert.ok(terms.has(term), `missing ${term}`);
    const twoFactor = entries.find((e) => e.term === 'tweefactorauthenticatie');
    assert.ok(twoFactor?.plain.includes('tweestapsverificatie'));
  });
});
