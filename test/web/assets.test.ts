import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { buildStylesheet, defaultTokensFile } from '../../src/web/assets/stylesheet.ts';
import { buildTestApp, type TestApp } from '../support/web.ts';

let web: TestApp;
let cssUrl: string;

before(async () => {
  web = await buildTestApp();
  cssUrl = (await web.app.inject('/')).body.match(/href="(\/assets\/site\.[0-9a-f]{16}\.css)"/)?.[1] ?? '';
});
after(() => web.close());

describe('stylesheet', () => {
  test('is served at its content-hashed URL with a year of immutable caching and an ETag', async () => {
    const response = await web.app.inject(cssUrl);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/css/);
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(String(response.headers.etag), /^"[0-9a-f]{16}"$/);
    assert.ok(cssUrl.includes(String(response.headers.etag).replaceAll('"', '')));
  });

  test('answers 304 without a body when the ETag still matches', async () => {
    const first = await web.app.inject(cssUrl);
    const again = await web.app.inject({
      url: cssUrl,
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  test('is sent gzipped to clients that accept it', async () => {
    const plain = await web.app.inject(cssUrl);
    const zipped = await web.app.inject({ url: cssUrl, headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(zipped.rawPayload).toString('utf8'), plain.body);
  });

  test('bundles our tokens and the NL Design System components, never the Utrecht theme', async () => {
    const css = (await web.app.inject(cssUrl)).body;
    assert.ok(css.includes('--dlw-color-primary'));
    for (const component of [
      '.nl-button',
      '.nl-link',
      '.nl-heading',
      '.utrecht-checkbox',
      '.utrecht-form-fieldset',
    ]) {
      assert.ok(css.includes(component), component);
    }
    assert.doesNotMatch(css, /\.utrecht-theme|sourceMappingURL/);
  });

  test('a THEME tokens file replaces the default tokens and changes the URL', () => {
    const theme = join(mkdtempSync(join(tmpdir(), 'dlw-theme-')), 'tokens.css');
    writeFileSync(theme, readFileSync(defaultTokensFile, 'utf8').replace('#1f4e79', '#005a2b'));
    const custom = buildStylesheet({ tokensFile: theme });
    const standard = buildStylesheet();
    assert.notEqual(custom.url, standard.url);
    assert.ok(custom.body.toString().includes('#005a2b'));
  });

  test('an unknown asset is a 404', async () => {
    assert.equal((await web.app.inject('/assets/site.0000000000000000.css')).statusCode, 404);
  });
});
