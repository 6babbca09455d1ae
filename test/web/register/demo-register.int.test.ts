import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { serve } from '../../../src/cli/commands/serve.ts';
import { demoLinkedBy } from '../../../src/demo/demo-kamervragen.ts';
import { seedDemo } from '../../../src/demo/seed-demo.ts';
import { testDatabases } from '../../support/databases.ts';
import { normalizeHtml } from '../../support/web.ts';
import { openRegisterWorld, textOf } from './register-world.ts';

const labSlug = 'hack-laboratorium-clinical-diagnostics';
const omSlug = 'hack-openbaar-ministerie-citrix-netscaler';
const odidoSlug = 'datalek-odido-2026';

/** The titles of the Kamervragen sets shown on a breach page. */
function linkedSetTitles(body: string): string[] {
  return [
    ...normalizeHtml(body).matchAll(
      /<h3 class="nl-heading nl-heading--level-3" id="kv\d+-title">([^<]+)<\/h3>/g,
    ),
  ].map((m) => m[1] ?? '');
}

for (const engine of testDatabases) {
  describe(`the demo register on ${engine.name}`, { skip: engine.skip }, () => {
    test('holds the real cases with their facts, counts, sources and linked Kamervragen, also after seeding twice', async () => {
      const world = await openRegisterWorld(engine);
      try {
        await seedDemo(world.deps);
        await seedDemo(world.deps);
        const list = textOf((await world.app.inject('/register?sort=largest')).body);
        assert.match(list, /3 datalekken gevonden/);
        assert.match(list, /Datalek bij Odido .* 6\.200\.000/);
        assert.doesNotMatch(list, /Voorbeeld: klantgegevens zichtbaar/);

        const lab = await world.app.inject(`/register/${labSlug}`);
        const labText = textOf(lab.body);
        assert.match(labText, /6 juli 2025 — Het lek werd ontdekt/);
        assert.match(labText, /Van ontdekken tot melden aan de opdrachtgever 31 dagen/);
        assert.match(labText, /485\.000 .* 715\.000 .* 941\.000/);
        assert.match(labText, /0800-1617/);
        assert.match(labText, /Security\.NL: vier groepen, vier brieven/);
        assert.deepEqual(linkedSetTitles(lab.body).length, 2);
        assert.ok(
          linkedSetTitles(lab.body).some((t) =>
            t.startsWith('De hack op een lab van Bevolkingsonderzoek Nederland'),
          ),
        );

        const om = await world.app.inject(`/register/${omSlug}`);
        assert.equal(linkedSetTitles(om.body).length, 5);
        assert.match(textOf(om.body), /juli 2025 — Het lek begon/);

        const odido = await world.app.inject(`/register/${odidoSlug}`);
        assert.deepEqual(linkedSetTitles(odido.body), []);

        const links = await world.storage.db.selectFrom('kamervragen_breach_links').selectAll().execute();
        assert.equal(links.length, 7);
        assert.ok(links.every((l) => l.linked_by === demoLinkedBy));
        const search = textOf((await world.app.inject('/kamervragen?q=Citrix')).body);
        assert.match(search, /De hackaanval op het Openbaar Ministerie/);
      } finally {
        await world.close();
      }
    });
  });
}

describe('serve --demo', () => {
  test('starts with the demo register filled and prints the demo login', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'dlw-serve-demo-'));
    let output = '';
    const controller = new AbortController();
    const io = {
      stdout: { write: (text: string) => (output += text) },
      stderr: { write: () => true },
      stdin: new PassThrough(),
      env: { DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent', HOST: '127.0.0.1' },
    };
    const running = serve(
      { demo: true, port: '0', signal: controller.signal, secretsFile: join(folder, 'secrets.json') },
      io,
    );
    try {
      for (let tries = 0; !/running at/.test(output) && tries < 200; tries += 1)
        await new Promise((r) => setTimeout(r, 50));
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      assert.ok(url, output);
      assert.match(
        output,
        /Demo login for Voorbeeld Webwinkel B\.V\. \(demo\): demo@datalekwijzer\.test {2}password: \S{16,}/,
      );
      const register = await (await fetch(`${url}/register`)).text();
      assert.match(textOf(register), /3 datalekken gevonden/);
      const lab = await (await fetch(`${url}/register/${labSlug}`)).text();
      assert.equal(linkedSetTitles(lab).length, 2);
    } finally {
      controller.abort();
      await running;
      await rm(folder, { recursive: true, force: true });
    }
  });
});
