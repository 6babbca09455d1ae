import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { loadKnowledge } from '../../src/content-files/load-knowledge.ts';
import { formatCode } from '../../src/core/codes/index.ts';
import { labCase, odidoCase as telecomCase, omCase } from '../../src/demo/demo-cases.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { findBreachIdBySlug } from '../../src/storage/repositories/breaches.ts';
import { openStorage, type Storage } from '../../src/storage/open-storage.ts';
import { buildApp } from '../../src/web/app.ts';
import { axeViolations, browserSkip, openBrowser, type TestBrowser } from '../support/browser.ts';
import { issueCode } from '../support/guide.ts';
import { buildConfig } from '../support/web.ts';
import type { FastifyInstance } from 'fastify';

/** The phone the issue was walked through on: 375 × 812 CSS pixels (an iPhone X/11 Pro/12 mini). */
const phone = { width: 375, height: 812 };

interface Server {
  app: FastifyInstance;
  storage: Storage;
  url: string;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  // http on 127.0.0.1, so the code cookie is not marked Secure in the test.
  const config = buildConfig({ BASE_URL: 'http://127.0.0.1', ...env });
  const storage = await openStorage({ url: config.databaseUrl });
  const app = await buildApp({ config, storage, knowledge: loadKnowledge(), clock: () => new Date() });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return { app, storage, url: `http://127.0.0.1:${address.port}` };
}

/** The first "do now" item lies fully inside the first screen, without scrolling. */
async function firstDoNowBox(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator('[data-do-now]').first().boundingBox();
  assert.ok(box, 'there is a "do now" action');
  return box;
}

describe(
  'the victim’s phone: first screen, step mode, reminders, genuine-check',
  { skip: browserSkip, timeout: 600_000 },
  () => {
    let server: Server;
    let browser: TestBrowser;
    let noScript: TestBrowser;
    /** One code per demo case, with the data of that case (the OM case leaves its data open). */
    const codes: Record<'lab' | 'om' | 'telecom', string> = { lab: '', om: '', telecom: '' };

    before(async () => {
      server = await startServer({ CODE_LOOKUP_LIMIT: '0' });
      await seedDemo({ db: server.storage.db, clock: () => new Date() });
      const cases = { lab: labCase, om: omCase, telecom: telecomCase };
      for (const [name, demoCase] of Object.entries(cases) as [keyof typeof codes, typeof labCase][]) {
        const breachId = await findBreachIdBySlug(server.storage.db, demoCase.content.slug);
        assert.ok(breachId, `${name} is seeded`);
        const own = demoCase.content.dataCategories ?? [];
        // The OM case names no data; a person's letter would name at least these.
        const categories = own.length > 0 ? own : ['name', 'address', 'date_of_birth', 'bsn'];
        codes[name] = (
          await issueCode(server.storage, {
            breachId,
            categories: [...categories],
            rounds: [{ sentOn: '2026-12-01' }],
          })
        ).code;
      }
      browser = await openBrowser();
      noScript = await openBrowser({ javaScript: false });
    });
    after(async () => {
      await browser?.close();
      await noScript?.close();
      await server?.app.close();
      await server?.storage.close();
    });

    test('the first "do now" action is in the first viewport at 375×812: lab, OM, telecom, NL and EN, with and without JavaScript', async () => {
      for (const [label, harness] of [
        ['with JavaScript', browser],
        ['without JavaScript', noScript],
      ] as const) {
        for (const name of ['lab', 'om', 'telecom'] as const) {
          for (const prefix of ['', '/en'] as const) {
            const page = await harness.newPage();
            await page.setViewportSize(phone);
            await page.goto(`${server.url}${prefix}/c/${codes[name]}`);
            assert.equal(page.url(), `${server.url}${prefix}/mijn-plan`);
            const box = await firstDoNowBox(page);
            assert.ok(
              box.y >= 0 && box.y + box.height <= phone.height,
              `${name} ${prefix || '/'} ${label}: the first do-now action ends at ${Math.round(box.y + box.height)} px, beyond ${phone.height}`,
            );
            assert.equal(await page.locator('#gelekt').isVisible(), true);
            const leakedBox = await page.locator('#gelekt').boundingBox();
            assert.ok(leakedBox && leakedBox.y + leakedBox.height <= phone.height);
            if (label === 'with JavaScript' && name === 'lab') {
              const file = `docs/images/guide-first-screen-${prefix ? 'en' : 'nl'}.png`;
              await page.screenshot({ path: file });
            }
            await page.close();
          }
        }
      }
    });

    test('the folded parts open without JavaScript, and the whole plan is one tap away with everything open', async () => {
      const page = await noScript.newPage();
      await page.setViewportSize(phone);
      await page.goto(`${server.url}/c/${codes.lab}`);
      assert.equal(await page.locator('#doen .dlw-checklist').first().isVisible(), false);
      await page.locator('#doen summary').click();
      assert.equal(await page.locator('#doen .dlw-checklist').first().isVisible(), true);
      await page.getByRole('link', { name: 'Toon het hele plan (om te printen)' }).click();
      await page.waitForURL(/alles=1/);
      assert.equal(await page.locator('details.dlw-fold:not([open])').count(), 0);
      await page.close();
    });

    for (const [label, key] of [
      ['with JavaScript', 'js'],
      ['without JavaScript', 'nojs'],
    ] as const) {
      test(`one step at a time: done, later, progress and the way back, state only in the address (${label})`, async () => {
        const page = await (key === 'js' ? browser : noScript).newPage();
        await page.setViewportSize(phone);
        await page.goto(`${server.url}/c/${codes.telecom}`);
        await page.getByRole('link', { name: 'Eén stap tegelijk' }).click();
        await page.waitForURL(/\/mijn-plan\/stappen/);
        const total = Number(
          /Stap 1 van (\d+)/.exec((await page.locator('#voortgang').textContent()) ?? '')?.[1],
        );
        assert.ok(total >= 3, 'several steps');
        const first = await page.locator('#stap-titel').textContent();
        await page.getByRole('button', { name: 'Gedaan' }).click();
        await page.waitForURL(/stap=2/);
        assert.match(
          (await page.locator('#voortgang').textContent()) ?? '',
          new RegExp(`Stap 2 van ${total}`),
        );
        assert.match(page.url(), /gedaan=/);
        await page.getByRole('button', { name: 'Later doen' }).click();
        await page.waitForURL(/stap=3/);
        assert.match(page.url(), /later=/);
        assert.match((await page.locator('main').textContent()) ?? '', /Gedaan: 1\. Later: 1\./);
        await page.getByRole('link', { name: 'Vorige stap' }).click();
        await page.waitForURL(/stap=2/);
        assert.match((await page.locator('main').textContent()) ?? '', /U wilde deze stap later doen\./);
        await page.getByRole('link', { name: 'Vorige stap' }).click();
        assert.equal(await page.locator('#stap-titel').textContent(), first);
        assert.match((await page.locator('main').textContent()) ?? '', /U heeft deze stap gedaan\./);
        // Walk to the end: the finished page lists what was left for later, each a link back.
        await page.goto(page.url().replace(/stap=\d+/, `stap=${total + 1}`));
        assert.match((await page.locator('h2').first().textContent()) ?? '', /U bent door alle stappen heen/);
        assert.equal((await page.locator('main ul a[href*="stappen?"]').count()) >= 1, true);
        await page.getByRole('link', { name: 'Terug naar uw plan' }).click();
        await page.waitForURL(`${server.url}/mijn-plan`);
        await page.close();
      });
    }

    test('the reminders for the months ahead download as a calendar file that parses back', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/c/${codes.telecom}`);
      await page.locator('#doen summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .locator('#doen')
          .getByRole('link', { name: /Zet herinneringen in uw agenda/ })
          .click(),
      ]);
      assert.match(download.suggestedFilename(), /^herinneringen-datalek-odido-2026\.ics$/);
      const path = await download.path();
      const text = await readFile(path, 'utf8');
      assert.ok(
        !text.includes(codes.telecom) && !text.includes(formatCode(codes.telecom)),
        'no code in the file',
      );
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      const months = await page.locator('[data-checklist$="-months"] input[type="checkbox"]').count();
      assert.equal(events.length, months, 'one reminder series per step of the months ahead');
      const inAMonth = new Date();
      inAMonth.setMonth(inAMonth.getMonth() + 1);
      for (const event of events) {
        assert.match(event.summary, /^Datalek Odido: /);
        assert.equal(event.startDate.isDate, true, 'an all-day reminder');
        assert.ok(Math.abs(event.startDate.toJSDate().getTime() - inAMonth.getTime()) < 3 * 86_400_000);
        const rule = event.component.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur>;
        assert.equal(rule.freq, 'MONTHLY');
        assert.equal(rule.count, 6);
        assert.equal(event.component.getAllSubcomponents('valarm').length, 1);
        assert.match(event.description, /Uw plan: http:\/\/127\.0\.0\.1\/mijn-plan/);
      }
      await page.close();
    });

    test('the genuine-check reads each kind of input and puts the focus on its answer', async () => {
      const page = await browser.newPage();
      const check = async (input: string) => {
        await page.goto(`${server.url}/echt`);
        await page.fill('#code', input);
        await Promise.all([page.waitForLoadState('load'), page.click('button[type="submit"]')]);
        await page.waitForSelector('#resultaat, #error-summary');
        const focused = await page.evaluate(() => document.activeElement?.id);
        const text = (await page.locator('#resultaat, #error-summary').first().textContent()) ?? '';
        return { focused, text: text.replace(/\s+/g, ' ') };
      };
      // A phishing-style SMS written by us for this test (no code, a look-alike link).
      const sms = await check(
        'Odido: uw account wordt vandaag geblokkeerd. Bevestig uw gegevens via https://odido-klantenservice.top/verify',
      );
      assert.match(sms.text, /Hier staat geen code in/);
      assert.match(sms.text, /een link/);
      assert.match(sms.text, /tekst van een bericht/);
      assert.match(sms.text, /odido-klantenservice\.top/);
      assert.equal(sms.focused, 'resultaat');
      assert.match((await page.locator('main').textContent()) ?? '', /Fraudehelpdesk:.*088-786 73 72/s);
      assert.match((await check('www.odido-veilig.nl')).text, /Hier staat geen code in.*een link/);
      assert.match((await check('06-12345678')).text, /Hier staat geen code in.*een telefoonnummer/);
      assert.match((await check('+31 20 123 4567')).text, /een telefoonnummer/);
      assert.match(
        (await check('beveiliging@odido-support.com')).text,
        /Hier staat geen code in.*een e-mailadres/,
      );
      const inText = await check(
        `Beste klant, uw persoonlijke code is ${formatCode(codes.lab)}. Bel ons op 088 123 4567.`,
      );
      assert.match(inText.text, /We vonden een persoonlijke code in wat u plakte\./);
      assert.match(inText.text, /Deze code hoort bij een echte melding/);
      const real = await check(formatCode(codes.lab));
      assert.match(real.text, /per brief, verstuurd op 1 december 2026/);
      assert.match(
        real.text,
        /Deze code is alleen per brief verstuurd\. Kreeg u deze code per e-mail, sms, WhatsApp of telefoon\? Dan is dat bericht nep\./,
      );
      assert.equal(real.focused, 'resultaat');
      const qr = await check(
        `https://datalekwijzer.nl/c/${codes.lab.slice(0, 17)}${codes.lab[17] === '3' ? '4' : '3'}`,
      );
      assert.match(qr.text, /De QR-code is niet goed gelezen/);
      assert.equal(qr.focused, 'error-summary', 'after a failed code the focus is on the error summary');
      const typo = await check(`${codes.lab[0] === '3' ? '4' : '3'}${codes.lab.slice(1)}`);
      assert.match(typo.text, /typefout/);
      assert.equal(typo.focused, 'error-summary');
      await page.close();
    });

    test('the new and changed pages have no WCAG 2.2 AA violations', async () => {
      const page = await browser.newPage();
      await page.setViewportSize(phone);
      const checkPage = async (label: string) => {
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${label}: ${violations.join('\n')}`);
      };
      for (const prefix of ['', '/en']) {
        await page.goto(`${server.url}${prefix}/c/${codes.lab}`);
        await checkPage(`${prefix} first screen`);
        await page.goto(`${server.url}${prefix}/mijn-plan?alles=1`);
        await checkPage(`${prefix} whole plan`);
        await page.goto(`${server.url}${prefix}/mijn-plan/stappen?stap=2&gedaan=spot_targeted_messages`);
        await checkPage(`${prefix} step page`);
        await page.goto(`${server.url}${prefix}/mijn-plan/stappen?stap=99`);
        await checkPage(`${prefix} steps finished`);
        await page.goto(
          `${server.url}${prefix}/zonder-code?datalek=${telecomCase.content.slug}&data=weet-niet`,
        );
        await checkPage(`${prefix} plan without a code`);
        await page.goto(
          `${server.url}${prefix}/zonder-code/stappen?datalek=${telecomCase.content.slug}&data=weet-niet`,
        );
        await checkPage(`${prefix} step page without a code`);
        await page.goto(`${server.url}${prefix}/privacy`);
        await checkPage(`${prefix} privacy statement`);
        await page.goto(`${server.url}${prefix}/code?fout=qr`);
        await checkPage(`${prefix} QR error`);
        for (const input of ['Uw pakket wacht op u: https://pakket-nl.top/x', formatCode(codes.lab)]) {
          await page.goto(`${server.url}${prefix}/echt`);
          await page.fill('#code', input);
          await Promise.all([page.waitForSelector('#resultaat'), page.click('button[type="submit"]')]);
          await checkPage(`${prefix} genuine-check answer for ${input.slice(0, 12)}`);
        }
      }
      await page.close();
    });
  },
);

describe(
  'one look-up budget per client across the code routes and both languages',
  { skip: browserSkip, timeout: 120_000 },
  () => {
    let server: Server;
    let browser: TestBrowser;
    before(async () => {
      server = await startServer({ CODE_LOOKUP_LIMIT: '3' });
      browser = await openBrowser();
    });
    after(async () => {
      await browser?.close();
      await server?.app.close();
      await server?.storage.close();
    });

    test('NL and EN routes share the budget; the 429 page offers the way without a code and the helpline', async () => {
      const page = await browser.newPage();
      const submit = async (path: string, value: string) => {
        await page.goto(`${server.url}${path}`);
        await page.fill('#code', value);
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST'),
          page.click('button[type="submit"]'),
        ]);
        return response.status();
      };
      const notACode = 'K7M-X4D-EPR-J9A-HWC-T3N';
      assert.notEqual(await submit('/code', notACode), 429);
      assert.notEqual(await submit('/en/echt', notACode), 429);
      await page.goto(`${server.url}/en/c/K7MX4DEPRJ9AHWCT3N`);
      assert.notEqual(await page.locator('h1').textContent(), 'Too many requests');
      assert.equal(
        await submit('/en/code', notACode),
        429,
        'the fourth look-up, on any route in any language, is over budget',
      );
      assert.match(
        (await page.locator('main').textContent()) ?? '',
        /Call the organisation that sent you the letter/,
      );
      assert.equal(await submit('/echt', notACode), 429);
      await page.getByRole('link', { name: 'Verder zonder code' }).click();
      await page.waitForURL(`${server.url}/zonder-code`);
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  },
);
