import type { FastifyInstance } from 'fastify';
import { systemActor } from '../../../src/core/access/actor.ts';
import type { BreachRecord } from '../../../src/core/breaches/breach.ts';
import type { Storage } from '../../../src/storage/open-storage.ts';
import {
  linkKamervragenSet,
  storeKamervragenSets,
  type KamervragenSetInput,
} from '../../../src/storage/repositories/kamervragen-repository.ts';
import { addBreachUpdate } from '../../../src/use-cases/add-breach-update.ts';
import { createOrganisation } from '../../../src/use-cases/create-organisation.ts';
import type { SecretDeps } from '../../../src/use-cases/deps.ts';
import { publishBreach } from '../../../src/use-cases/publish-breach.ts';
import { registerBreach } from '../../../src/use-cases/register-breach.ts';
import { buildApp } from '../../../src/web/app.ts';
import { buildBreach, buildOrganisation, testDeps } from '../../support/builders.ts';
import type { TestDatabase } from '../../support/databases.ts';
import { buildConfig, testKnowledge } from '../../support/web.ts';

export interface RegisterWorld {
  app: FastifyInstance;
  storage: Storage;
  deps: SecretDeps;
  organisationId: string;
  /** Registers a breach for the world's organisation and, unless `publish` is false, publishes it. */
  addBreach(
    overrides?: Parameters<typeof buildBreach>[1],
    options?: { publish?: boolean; updates?: { publishedOn: string; text: { nl: string; en: string } }[] },
  ): Promise<BreachRecord>;
  close(): Promise<void>;
}

/** The real app over a fresh database of `engine`, with one organisation to register breaches for. */
export async function openRegisterWorld(engine: TestDatabase): Promise<RegisterWorld> {
  const storage = await engine.open();
  const { deps } = testDeps(storage.db);
  const app = await buildApp({
    config: buildConfig(),
    storage,
    knowledge: testKnowledge(),
    clock: () => new Date('2026-11-25T12:00:00Z'),
  });
  await app.ready();
  const organisation = await createOrganisation(deps, {
    actor: systemActor,
    ...buildOrganisation({ name: 'Zorggroep Voorbeeld', sector: 'healthcare' }),
  });
  return {
    app,
    storage,
    deps,
    organisationId: organisation.id,
    async addBreach(overrides = {}, options = {}) {
      const breach = await registerBreach(deps, {
        actor: systemActor,
        ...buildBreach(organisation.id, overrides),
      });
      let version = breach.version;
      for (const update of options.updates ?? [])
        version = (
          await addBreachUpdate(deps, {
            actor: systemActor,
            breachId: breach.id,
            expectedVersion: version,
            ...update,
          })
        ).version;
      if (options.publish === false) return { ...breach, version };
      return publishBreach(deps, { actor: systemActor, breachId: breach.id, expectedVersion: version });
    },
    async close() {
      await app.close();
      await storage.dispose();
    },
  };
}

/** A small Kamervragen set: question 2 only points to the answer of question 1, question 3 is open. */
export function buildKamervragenSet(overrides: Partial<KamervragenSetInput> = {}): KamervragenSetInput {
  return {
    title: 'Het datalek bij Zorggroep Voorbeeld',
    submitters: [{ name: 'Anna de Vries', party: 'Partij A' }],
    respondents: [{ name: 'Jansen', role: 'minister van Volksgezondheid', party: null }],
    questions: [
      {
        number: 1,
        text: 'Bent u bekend met de datalekken bij ziekenhuizen?',
        answer: 'Ja. De getroffen patiënten krijgen een brief.',
        refersTo: null,
        footnotes: [1],
        answerFootnotes: [],
      },
      {
        number: 2,
        text: 'Wanneer krijgen patiënten bericht?',
        answer: 'Zie antwoord vraag 1.',
        refersTo: 1,
        footnotes: [],
        answerFootnotes: [],
      },
      {
        number: 3,
        text: 'Komt er een onderzoek?',
        answer: null,
        refersTo: null,
        footnotes: [2],
        answerFootnotes: [],
      },
    ],
    ...overrides,
  };
}

/** Stores `set` and links it to `breachId`; returns the set's id. */
export async function linkSet(
  world: RegisterWorld,
  set: KamervragenSetInput,
  breachId: string,
): Promise<string> {
  const now = '2026-11-25T12:00:00.000Z';
  const { ids } = await storeKamervragenSets(world.storage.db, [set], { now });
  const setId = ids[0] ?? '';
  await linkKamervragenSet(world.storage.db, { setId, breachId, now });
  return setId;
}

/** The visible text of an HTML document: tags removed, the five escaped characters decoded. */
export function textOf(document: string): string {
  return document
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}
