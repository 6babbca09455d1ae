import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeHtml, html, unsafeRaw } from '../../src/web/html.ts';

describe('html template', () => {
  test('escapes a script tag in interpolated data', () => {
    const data = '<script>alert("x")</script>';
    assert.equal(html`<p>${data}</p>`.value, '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
  });

  test('escapes quotes so data cannot leave an attribute value', () => {
    const data = `" onmouseover="alert(1)' x='`;
    const out = html`<a title="${data}">x</a>`.value;
    assert.doesNotMatch(out, /onmouseover="/);
    assert.match(out, /&quot; onmouseover=&quot;alert\(1\)&#39;/);
  });

  test('escapes every item of an interpolated array', () => {
    const items = ['<b>', '&'];
    assert.equal(
      html`${items.map((item) => html`<li>${item}</li>`)}`.value,
      '<li>&lt;b&gt;</li><li>&amp;</li>',
    );
  });

  test('inserts a nested html fragment without escaping it twice', () => {
    const inner = html`<em>${'a&b'}</em>`;
    assert.equal(html`<p>${inner}</p>`.value, '<p><em>a&amp;b</em></p>');
  });

  test('inserts markup marked with unsafeRaw as it is', () => {
    assert.equal(html`${unsafeRaw('<hr>')}`.value, '<hr>');
  });

  test('renders null, undefined and booleans as nothing and numbers as text', () => {
    assert.equal(html`${null}${undefined}${false}${true}${0}${12.5}`.value, '012.5');
  });

  test('escapes an entity in data so it shows as text', () => {
    assert.equal(html`${'&lt;script&gt;'}`.value, '&amp;lt;script&amp;gt;');
    assert.equal(escapeHtml(`<'&">`), '&lt;&#39;&amp;&quot;&gt;');
  });
});
