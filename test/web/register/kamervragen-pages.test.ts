import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BreachRecord } from '../../../src/core/breaches/breach.ts';
import { storeKamervragenSets } from '../../../src/storage/repositories/kamervragen-repository.ts';
import { testDatabases } from '../../support/databases.ts';
import { normalizeHtml } from '../../support/web.ts';
import {
  buildKamervragenSet,
  linkSet,
  openRegisterWorld,
  textOf,
  type RegisterWorld,
} from './register-world.ts';

for (const engine of testDatabases) {
  describe(`the Kamervragen pages on ${engine.name}`, { skip: engine.skip }, () => {
    let world: RegisterWorld;
    let published: BreachRecord;
    let draft: BreachRecord;
    let setId: string;

    before(async () => {
      world = await openRegisterWorld(engine);
      published = await world.addBreach({
        title: { nl: 'Lek bij de zorggroep', en: 'Leak at the care group' },
      });
      draft = await world.addBreach(
        { title: { nl: 'Geheim concept', en: 'Secret draft' } },
        { publish: false },
      );
      setId = await linkSet(world, buildKamervragenSet(), published.id);
      await linkSet(world, buildKamervragenSet(), draft.id);
      await storeKamervragenSets(
        world.storage.db,
        [
          buildKamervragenSet({
            title: 'Een set over <b>iets anders</b> & meer',
            submitters: [{ name: 'Piet Bakker', party: null }],
            questions: [
              {
                number: 1,
                text: 'Wat vindt u van <script>x</script> wegen?',
                answer: null,
                refersTo: null,
                footnotes: [],
                answerFootnotes: [],
              },
            ],
          }),
        ],
        { now: '2026-11-25T12:00:00.000Z' },
      );
    });
    after(() => world.close());

    test('finds a set by Dutch stem once, showing its best-matching part with the words marked', async () => {
      const page = normalizeHtml((await world.app.inject('/kamervragen?q=datalek')).body);
      // The set's title ("datalek") and question 1 ("datalekken") both match: one hit for the set,
      // shown by its title, which counts more.
      assert.match(page, /role="status">1 resultaat</);
      assert.match(
        page,
        new RegExp(
          `href="/kamervragen/${setId}">Het datalek bij Zorggroep Voorbeeld</a></h3><p class="nl-paragraph">Het ?<mark class="nl-mark">datalek</mark>`,
        ),
      );
      const question = normalizeHtml((await world.app.inject('/kamervragen?q=ziekenhuizen')).body);
      assert.match(question, /<mark class="nl-mark">ziekenhuizen<\/mark>/);
      assert.match(
        question,
        new RegExp(
          `href="/kamervragen/${setId}#kv-vraag-1">Het datalek bij Zorggroep Voorbeeld — Vraag 1</a>`,
        ),
      );
    });

    test('falls back to sets with any of the words, and says so', async () => {
      const text = textOf((await world.app.inject('/kamervragen?q=ziekenhuizen+wegen')).body);
      assert.match(text, /2 resultaten/);
      assert.match(text, /Geen set bevat al uw zoekwoorden/);
      const all = textOf((await world.app.inject('/kamervragen?q=ziekenhuizen+brief')).body);
      assert.doesNotMatch(all, /Geen set bevat al uw zoekwoorden/);
    });

    test('says so when nothing matches', async () => {
      const text = textOf((await world.app.inject('/kamervragen?q=onvindbaarwoord')).body);
      assert.match(text, /Niets gevonden/);
      assert.match(text, /Probeer andere of minder woorden/);
    });

    test('lists every imported set when nothing is searched', async () => {
      const text = textOf((await world.app.inject('/kamervragen')).body);
      assert.match(text, /Het datalek bij Zorggroep Voorbeeld \(2 van 3 vragen beantwoord\)/);
      assert.match(text, /Een set over <b>iets anders<\/b> & meer/);
    });

    test('escapes titles and snippets from the export', async () => {
      const body = (await world.app.inject('/kamervragen?q=wegen')).body;
      assert.doesNotMatch(body, /<b>iets|<script>x/);
      assert.match(body, /&lt;b&gt;iets anders&lt;\/b&gt; &amp; meer/);
      assert.match(normalizeHtml(body), /&lt;script&gt;x&lt;\/script&gt;<mark class="nl-mark">wegen<\/mark>/);
    });

    test('shows a whole set with the published breaches it is linked to, and never a draft', async () => {
      const response = await world.app.inject(`/kamervragen/${setId}`);
      assert.equal(response.statusCode, 200);
      const page = normalizeHtml(response.body);
      assert.match(
        page,
        new RegExp(`<a class="nl-link" href="/register/${published.slug}">Lek bij de zorggroep</a>`),
      );
      assert.doesNotMatch(page, /Geheim concept/);
      assert.ok(!page.includes(draft.slug));
      assert.match(page, /<li class="dlw-qa" id="kv-vraag-2">/);
      assert.match(page, /<a class="nl-link" href="#kv-vraag-1">Vraag 1<\/a>/);
    });

    test('answers 404 for a set that does not exist', async () => {
      assert.equal((await world.app.inject('/kamervragen/kv-000000')).statusCode, 404);
    });

    test('serves the English search page', async () => {
      const text = textOf((await world.app.inject('/en/kamervragen?q=ziekenhuizen')).body);
      assert.match(text, /1 result/);
      assert.match(text, /Question 1/);
    });
  });
}
