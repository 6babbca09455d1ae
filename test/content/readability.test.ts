import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { isLang, type Lang } from '../../src/core/i18n/lang.ts';
import { checkText } from '../../src/core/readability/index.ts';
import type { Finding, JargonEntry } from '../../src/core/readability/index.ts';
import { loadJargon } from '../../src/content-files/load-jargon.ts';

// Walks every YAML file under content/ without knowing its schema: each string below a key
// `nl` or `en` is a text in that language and must pass the plain-language check. Hints
// (passive voice, jargon that may stay) are allowed; warnings are not.

const contentRoot = 'content';
const skipped = join(contentRoot, 'plain-language');

interface LocalizedText {
  lang: Lang;
  path: string;
  text: string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .map((entry) => join(dir, entry))
    .flatMap((path) => {
      if (statSync(path).isDirectory()) return path === skipped ? [] : yamlFiles(path);
      return /\.ya?ml$/.test(path) ? [path] : [];
    })
    .sort();
}

function childPath(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** Every string under a key `nl` or `en`, at any depth, with its YAML path. */
function localizedTexts(node: unknown, path = '', lang?: Lang): LocalizedText[] {
  if (typeof node === 'string') return lang ? [{ lang, path, text: node }] : [];
  if (Array.isArray(node)) return node.flatMap((item, i) => localizedTexts(item, childPath(path, i), lang));
  if (node !== null && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) =>
      localizedTexts(value, childPath(path, key), isLang(key) ? key : lang),
    );
  return [];
}

function describeFinding(file: string, item: LocalizedText, finding: Finding): string {
  return `${file} › ${item.path}: ${finding.rule} at "${finding.excerpt}" — ${finding.message.en}`;
}

function warnings(file: string, items: LocalizedText[], jargon: readonly JargonEntry[]): string[] {
  return items.flatMap((item) =>
    checkText(item.text, { lang: item.lang, jargon })
      .findings.filter((f) => f.severity === 'warning')
      .map((f) => describeFinding(file, item, f)),
  );
}

describe('localizedTexts', () => {
  test('collects every string under nl and en keys at any depth, with its path', () => {
    const found = localizedTexts({ a: [{ title: { nl: 'Hallo', en: 'Hello' } }], b: { nl: ['een', 'twee'] }, c: 'x' });
    assert.deepEqual(found, [
      { lang: 'nl', path: 'a[0].title.nl', text: 'Hallo' },
      { lang: 'en', path: 'a[0].title.en', text: 'Hello' },
      { lang: 'nl', path: 'b.nl[0]', text: 'een' },
      { lang: 'nl', path: 'b.nl[1]', text: 'twee' },
    ]);
  });

  test('reports a text that breaks the rules with file, path and finding', async () => {
    const jargon = await loadJargon();
    const items = localizedTexts({ advice: { nl: 'De verwerkingsverantwoordelijke belt u.' } });
    assert.deepEqual(warnings('content/x.yaml', items, jargon), [
      'content/x.yaml › advice.nl: jargon at "verwerkingsverantwoordelijke" — "verwerkingsverantwoordelijke" is jargon. Write instead: "de organisatie die uw gegevens beheert" / "wij".',
    ]);
  });
});

describe('content/ in plain language', () => {
  const files = yamlFiles(contentRoot);

  test('finds Dutch and English texts to check', () => {
    const all = files.flatMap((file) => localizedTexts(parse(readFileSync(file, 'utf8'))));
    assert.ok(all.some((t) => t.lang === 'nl'), 'no Dutch texts found under content/');
    assert.ok(all.some((t) => t.lang === 'en'), 'no English texts found under content/');
  });

  for (const file of files) {
    const name = relative('.', file);
    test(`every Dutch and English text in ${name} passes the B1 check`, async () => {
      const jargon = await loadJargon();
      const problems = warnings(name, localizedTexts(parse(readFileSync(file, 'utf8'))), jargon);
      assert.equal(problems.length, 0, `${problems.length} plain-language warning(s):\n${problems.join('\n')}`);
    });
  }
});
