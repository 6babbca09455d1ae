// Fixture builders for letter jobs: a setup with two variants, recipients files, and deps.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readKnowledge } from '../../src/content-files/load-knowledge.ts';
import type { Knowledge } from '../../src/core/knowledge/index.ts';
import { systemActor } from '../../src/core/access/actor.ts';
import type {
  LetterJobDeps,
  LetterJobProgress,
  PrepareLetterJobOptions,
  RunLetterJobOptions,
} from '../../src/letters-pipeline/index.ts';
import { generateLetters } from '../../src/use-cases/generate-letters.ts';
import type { LetterSetup } from '../../src/letters-pipeline/letter-settings.ts';
import type { Storage } from '../../src/storage/open-storage.ts';
import { buildOrganisation, buildTexts } from '../support/letters.ts';

export const testCodeSecret = 'test-code-secret-of-at-least-32-bytes!!';

/** The environment of a `datalekwijzer` CLI process started by a test, on the given database. */
export function letterCliEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    CODE_SECRET: testCodeSecret,
    SESSION_SECRET: 'session-secret-for-tests-of-32-bytes-or-more',
    BASE_URL: 'https://datalekwijzer.example',
    NODE_ENV: 'test',
  };
}

let knowledge: Knowledge | undefined;
export function testKnowledge(): Knowledge {
  knowledge ??= readKnowledge();
  return knowledge;
}

export function buildSetup(overrides: Partial<LetterSetup> = {}): LetterSetup {
  const texts = { nl: buildTexts({}, 'nl'), en: buildTexts({}, 'en') };
  return {
    breachTitle: { nl: 'Hack bij laboratorium', en: 'Laboratory hack' },
    referencePrefix: 'DL-2026-014',
    organisation: buildOrganisation() as LetterSetup['organisation'],
    variants: [
      { id: 'confirmed', group: 'bevestigd', certainty: 'confirmed', categories: ['name', 'bsn'], texts },
      { id: 'possibly', group: 'mogelijk', certainty: 'possibly', categories: ['name', 'bsn'], texts },
    ],
    ...overrides,
  };
}

export function buildDeps(storage: Storage, overrides: Partial<LetterJobDeps> = {}): LetterJobDeps {
  return {
    db: storage.db,
    codeSecret: testCodeSecret,
    knowledge: testKnowledge(),
    baseUrl: 'https://datalekwijzer.example',
    now: () => new Date('2026-11-25T10:00:00Z'),
    ...overrides,
  };
}

export interface TestPerson {
  name: string;
  street: string;
  postcode: string;
  city: string;
  email: string;
  lang: 'nl' | 'en';
  group: string;
  kinds: string;
  code?: string;
}

/** A person with a unique, searchable name and e-mail address. */
export function buildPerson(i: number, overrides: Partial<TestPerson> = {}): TestPerson {
  return {
    name: `Testpersoon Zqx${i}`,
    street: `Kerkstraat ${i + 1}`,
    postcode: '1234 AB',
    city: 'Zoetermeer',
    email: `persoon.zqx${i}@example.org`,
    lang: i % 5 === 0 ? 'en' : 'nl',
    group: i % 3 === 0 ? 'mogelijk' : 'bevestigd',
    kinds: i % 2 === 0 ? 'bsn|medical_test_result' : 'email|iban',
    ...overrides,
  };
}

const header = ['naam', 'straat', 'postcode', 'woonplaats', 'e-mail', 'taal', 'groep', 'gegevens'];

/** Writes people (and extra raw lines, e.g. bad rows) as a semicolon CSV in a fresh folder. */
export function writeRecipients(
  people: readonly TestPerson[],
  options: { withCode?: boolean; extraLines?: string[] } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlw-letters-'));
  const path = join(dir, 'ontvangers.csv');
  const cols = options.withCode ? [...header, 'code'] : header;
  const lines = [cols.join(';')];
  for (const p of people) {
    const values = [p.name, p.street, p.postcode, p.city, p.email, p.lang, p.group, p.kinds];
    if (options.withCode) values.push(p.code ?? '');
    lines.push(values.join(';'));
  }
  lines.push(...(options.extraLines ?? []));
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

export function tempDir(prefix = 'dlw-out-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Starts (or resumes) a job through the `generate-letters` use case as the command line does
 * (the `system` actor), and renders it in this process: `done` settles when the letters are made.
 */
export async function startLetterJob(
  deps: LetterJobDeps,
  options: PrepareLetterJobOptions & Pick<RunLetterJobOptions, 'threads' | 'smtpUrl'>,
): Promise<{ jobId: string; resumed: boolean; done: Promise<LetterJobProgress> }> {
  const { threads, smtpUrl, ...job } = options;
  const generated = await generateLetters(
    {
      db: deps.db,
      clock: deps.now,
      codeSecret: deps.codeSecret,
      knowledge: deps.knowledge,
      baseUrl: deps.baseUrl,
    },
    { actor: systemActor, ...job },
  );
  const done = generated.render({ ...(threads ? { threads } : {}), ...(smtpUrl ? { smtpUrl } : {}) });
  return { jobId: generated.job.id, resumed: generated.resumed, done };
}
