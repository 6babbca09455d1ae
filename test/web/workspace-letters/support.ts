import type { LightMyRequestResponse } from 'fastify';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemActor } from '../../../src/core/access/actor.ts';
import { openStorage, type Storage } from '../../../src/storage/open-storage.ts';
import { registerBreach } from '../../../src/use-cases/register-breach.ts';
import { buildApp } from '../../../src/web/app.ts';
import { buildBreach, buildWorld } from '../../support/builders.ts';
import { buildPerson, type TestPerson } from '../../letters-pipeline/builders.ts';
import { buildConfig, testKnowledge, type TestApp } from '../../support/web.ts';
import { csrfOf, signIn, type Client } from '../workspace/support.ts';

export const testNow = new Date('2026-11-25T12:00:00Z');

/**
 * The app with organisations A and B (owner, editor, viewer each), a draft breach each, and a
 * private letters folder in a fresh temporary directory. `env` adds configuration variables.
 */
export async function lettersWorld(options: { env?: Record<string, string>; storage?: Storage } = {}) {
  const lettersDir = await mkdtemp(join(tmpdir(), 'dlw-web-letters-'));
  const config = buildConfig({ LETTERS_DIR: lettersDir, ...options.env });
  const storage = options.storage ?? (await openStorage({ url: config.databaseUrl }));
  const app = await buildApp({ config, storage, knowledge: testKnowledge(), clock: () => testNow });
  await app.ready();
  const deps = { db: storage.db, clock: () => testNow, sessionSecret: config.sessionSecret };
  const world = await buildWorld(deps);
  const breachA = await registerBreach(deps, { actor: systemActor, ...buildBreach(world.orgA.id) });
  const breachB = await registerBreach(deps, { actor: systemActor, ...buildBreach(world.orgB.id) });
  const testApp: TestApp = {
    app,
    storage,
    async close() {
      await app.close();
      if (!options.storage) await storage.close();
      await rm(lettersDir, { recursive: true, force: true });
    },
  };
  return { ...testApp, config, deps, world, breachA, breachB, lettersDir };
}
export type LettersWorld = Awaited<ReturnType<typeof lettersWorld>>;

export const lettersUrl = (breachId: string) => `/werkruimte/datalekken/${breachId}/brieven`;

/** Sender fields that pass every check. */
export function buildSenderForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    addressLines: 'Postbus 123\n3500 AA Utrecht',
    'contact.name': 'Functionaris gegevensbescherming',
    'contact.phone': '030-123 45 67',
    'contact.email': 'privacy@bvo.example',
    'helpline.phone': '0800-1617',
    'signatory.name': 'J. de Vries',
    referencePrefix: 'DL-2026-014',
    ...overrides,
  };
}

/** Variant fields in the form's names: complete Dutch texts for group `bevestigd`. */
export function buildVariantForm(
  overrides: Record<string, string | string[]> = {},
): Record<string, string | string[]> {
  return {
    group: 'Klanten',
    certainty: 'confirmed',
    categories: ['name', 'bsn'],
    'texts.nl.subject': 'Datalek bij {organisationName}',
    'texts.nl.whatHappened': 'Iemand heeft gegevens gestolen. Het ging om uw naam en uw BSN.',
    'texts.nl.consequences': 'Criminelen kunnen u bellen en doen alsof zij ons zijn.',
    'texts.nl.measures': 'Wij hebben het lek gedicht. Wij hebben aangifte gedaan.',
    'texts.nl.whatYouCanDo': 'Let op vreemde berichten. Bel bij twijfel {helplinePhone}.',
    ...overrides,
  };
}

/** Saves sender and variants through the real forms; returns the variant ids by group. */
export async function prepareLetters(
  client: Client,
  breachId: string,
  variants: Record<string, string | string[]>[] = [buildVariantForm()],
): Promise<string[]> {
  const sender = await client.post(`${lettersUrl(breachId)}/afzender`, buildSenderForm());
  if (sender.statusCode !== 303) throw new Error(`Saving the sender failed: ${sender.statusCode}`);
  const ids: string[] = [];
  for (const fields of variants) {
    const saved = await client.post(`${lettersUrl(breachId)}/varianten/nieuw`, fields);
    const id = /varianten\/([^?/]+)\?/.exec(String(saved.headers.location))?.[1];
    if (saved.statusCode !== 303 || !id) throw new Error(`Saving a variant failed: ${saved.statusCode}`);
    ids.push(id);
  }
  return ids;
}

/** People as a semicolon CSV, optionally with a code column and extra raw lines. */
export function recipientsCsv(
  people: readonly TestPerson[],
  options: { codes?: readonly string[]; extraLines?: string[] } = {},
): string {
  const header = ['naam', 'straat', 'postcode', 'woonplaats', 'e-mail', 'taal', 'groep', 'gegevens'];
  const lines = [(options.codes ? [...header, 'code'] : header).join(';')];
  people.forEach((p, i) => {
    const values = [p.name, p.street, p.postcode, p.city, p.email, p.lang, p.group, p.kinds];
    if (options.codes) values.push(options.codes[i] ?? '');
    lines.push(values.join(';'));
  });
  lines.push(...(options.extraLines ?? []));
  return `${lines.join('\r\n')}\r\n`;
}

export const people = (count: number, overrides: Partial<TestPerson> = {}) =>
  Array.from({ length: count }, (_, i) => buildPerson(i + 1, { lang: 'nl', group: 'Klanten', ...overrides }));

/** A multipart body with the CSRF field first and then the file, as a browser sends it. */
export function multipartBody(fields: { csrf?: string; file?: { name: string; content: string | Buffer } }) {
  const boundary = '----dlwTestBoundary7MA4YWxkTrZu0gW';
  const parts: Buffer[] = [];
  if (fields.csrf !== undefined)
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${fields.csrf}\r\n`),
    );
  if (fields.file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="recipients"; filename="${fields.file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.isBuffer(fields.file.content) ? fields.file.content : Buffer.from(fields.file.content),
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads a recipients file through the real form; returns the response (303 to the mapping). */
export async function upload(
  world: LettersWorld,
  client: Client,
  breachId: string,
  content: string | Buffer,
): Promise<LightMyRequestResponse> {
  const form = await client.get(`${lettersUrl(breachId)}/ontvangers`);
  const body = multipartBody({ csrf: csrfOf(form.body), file: { name: 'ontvangers.csv', content } });
  return world.app.inject({
    method: 'POST',
    url: `${lettersUrl(breachId)}/ontvangers`,
    headers: { cookie: client.cookie, 'content-type': body.contentType },
    payload: body.payload,
  });
}

/** The mapping page's suggested values as form fields (selected options and checked boxes). */
export function suggestedFields(body: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const select of body.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const chosen = /<option value="([^"]*)"\s*selected/.exec(select[2] ?? '');
    fields[select[1] ?? ''] = chosen?.[1] ?? '';
  }
  for (const input of body.matchAll(/<input[^>]*type="(?:radio|checkbox)"[^>]*>/g)) {
    if (!/\schecked/.test(input[0])) continue;
    const name = /name="([^"]+)"/.exec(input[0])?.[1] ?? '';
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
    const existing = fields[name];
    fields[name] = name === 'groups' ? [...(Array.isArray(existing) ? existing : []), value] : value;
  }
  return fields;
}

/** Waits until the round page says the letters are done. */
export async function waitForRound(client: Client, roundUrl: string): Promise<string> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const page = await client.get(roundUrl);
    if (page.statusCode !== 200) throw new Error(`Round page: ${page.statusCode}`);
    if (!page.body.includes('<progress')) return page.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The round did not finish in time');
}

export { csrfOf, signIn, existsSync };
