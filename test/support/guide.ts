import { randomBytes } from 'node:crypto';
import { systemActor } from '../../src/core/access/actor.ts';
import { generateCode, hashCode } from '../../src/core/codes/index.ts';
import { commitShard } from '../../src/storage/repositories/letter-jobs.ts';
import type { Storage } from '../../src/storage/open-storage.ts';
import { createOrganisation } from '../../src/use-cases/create-organisation.ts';
import { publishBreach } from '../../src/use-cases/publish-breach.ts';
import { registerBreach } from '../../src/use-cases/register-breach.ts';
import { buildBreach, buildOrganisation, memberOf } from './builders.ts';

/** The CODE_SECRET of `buildConfig()` in test/support/web.ts and of the browser harness. */
export const webTestCodeSecret = 'a-test-secret-of-more-than-thirty-two-bytes';

let jobCounter = 0;

/**
 * Issues a personal code the way the letter pipeline does (its `commitShard`), so only the
 * keyed hash is stored. Returns the code, as printed on the letter, and its hash.
 */
export async function issueCode(
  storage: Storage,
  options: {
    breachId: string;
    certainty?: 'confirmed' | 'possibly' | 'not_affected';
    categories?: string[];
    lang?: 'nl' | 'en';
    rounds?: { sentOn: string; whatChanged?: { nl: string; en: string } }[];
    codeSecret?: string;
  },
): Promise<{ code: string; codeHash: string }> {
  const code = generateCode(randomBytes);
  const codeHash = hashCode(code, options.codeSecret ?? webTestCodeSecret);
  const rounds = options.rounds ?? [{ sentOn: '2026-02-20' }];
  for (const [index, round] of rounds.entries()) {
    jobCounter += 1;
    await commitShard(
      storage.db,
      { id: `job-${jobCounter}`, breach_id: options.breachId, round: index + 1, format: 'pdf' },
      {
        index: 0,
        generated: 1,
        rejected: 0,
        fileName: null,
        fileSha256: null,
        codes: [
          {
            codeHash,
            variantId: 'standard',
            group: 'group-1',
            lang: options.lang ?? 'nl',
            certainty: options.certainty ?? 'confirmed',
            categories: options.categories ?? ['name', 'email'],
            deliveryStatus: 'rendered',
          },
        ],
      },
      {
        now: `${round.sentOn}T08:00:00.000Z`,
        sentOn: round.sentOn,
        worker: 'test',
        ...(round.whatChanged ? { whatChanged: round.whatChanged } : {}),
      },
    );
  }
  return { code, codeHash };
}

/**
 * Two organisations with a published breach each; staff for both; codes for A's breach with
 * each certainty. The cast of the guide's tests.
 */
export async function buildGuideWorld(storage: Storage) {
  const deps = {
    db: storage.db,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    sessionSecret: webTestCodeSecret,
  };
  const orgA = await createOrganisation(deps, {
    actor: systemActor,
    ...buildOrganisation({ name: 'Laboratorium Noord' }),
  });
  const orgB = await createOrganisation(deps, {
    actor: systemActor,
    ...buildOrganisation({ name: 'Winkel Zuid' }),
  });
  const breachA = await registerBreach(deps, {
    actor: systemActor,
    ...buildBreach(orgA.id, {
      title: { nl: 'Hack bij Laboratorium Noord', en: 'Hack at Laboratorium Noord' },
      dataCategories: ['name', 'address', 'bsn', 'medical_test_result', 'email'],
      questions: [
        {
          question: {
            nl: 'Krijg ik een nieuwe brief als er meer bekend is?',
            en: 'Will I get a new letter when more is known?',
          },
          answer: {
            nl: 'Ja, wij sturen u dan een nieuwe brief.',
            en: 'Yes, we will then send you a new letter.',
          },
        },
      ],
    }),
  });
  await publishBreach(deps, { actor: systemActor, breachId: breachA.id, expectedVersion: breachA.version });
  const breachB = await registerBreach(deps, { actor: systemActor, ...buildBreach(orgB.id) });
  await publishBreach(deps, { actor: systemActor, breachId: breachB.id, expectedVersion: breachB.version });
  const confirmed = await issueCode(storage, {
    breachId: breachA.id,
    certainty: 'confirmed',
    categories: ['name', 'bsn', 'medical_test_result'],
    rounds: [
      { sentOn: '2026-02-20' },
      { sentOn: '2026-03-10', whatChanged: { nl: 'Ook uw BSN zat erin.', en: 'Your BSN was included too.' } },
    ],
  });
  const possibly = await issueCode(storage, {
    breachId: breachA.id,
    certainty: 'possibly',
    categories: ['name', 'email'],
  });
  const notAffected = await issueCode(storage, {
    breachId: breachA.id,
    certainty: 'not_affected',
    categories: [],
  });
  const codeB = await issueCode(storage, {
    breachId: breachB.id,
    certainty: 'confirmed',
    categories: ['email'],
  });
  return {
    deps,
    orgA,
    orgB,
    breachA,
    breachB,
    codes: { confirmed, possibly, notAffected, codeB },
    staffA: await memberOf(deps, orgA.id, 'viewer'),
    staffB: await memberOf(deps, orgB.id, 'owner'),
  };
}

/** The cookie pairs (`name=value`) a response sets, for the next request. */
export function cookiesFrom(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return all.map((line) => line.split(';')[0]).join('; ');
}
