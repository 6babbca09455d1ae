import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type {
  KamervragenSetSummary,
  Respondent,
  StoredKamervragenSet,
  StoredQuestion,
  Submitter,
} from '../../core/kamervragen/records.ts';
import { searchTerms } from '../../core/search/dutch-text.ts';
import type { KamervraagQuestion } from '../../importers/kamervragen/types.ts';
import { dialectOf } from '../dialect.ts';
import { addSearchWords } from './kamervragen-search-words.ts';
import type { Database } from '../schema.ts';

/** What is stored of a parsed set (line numbers are not). */
export type KamervragenSetInput = {
  title: string;
  submitters: Submitter[];
  respondents: Respondent[];
  questions: Array<
    Pick<KamervraagQuestion, 'number' | 'text' | 'answer' | 'refersTo' | 'footnotes' | 'answerFootnotes'>
  >;
};

export interface StoreResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Ids of the stored sets, in input order. */
  ids: string[];
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * The stable id of a set: a hash of its title and submitter names, so that importing the same
 * export again (or a newer export with more answers) finds the same set.
 */
export function kamervragenSetId(set: Pick<KamervragenSetInput, 'title' | 'submitters'>): string {
  const key = [normalise(set.title), ...set.submitters.map((s) => normalise(s.name))].join('\n');
  return `kv-${sha256(key).slice(0, 24)}`;
}

function contentHash(set: KamervragenSetInput): string {
  return sha256(
    JSON.stringify([
      set.title,
      set.submitters,
      set.respondents,
      set.questions.map((q) => [q.number, q.text, q.answer, q.refersTo, q.footnotes, q.answerFootnotes]),
    ]),
  );
}

async function replaceSearchDocs(db: Kysely<Database>, id: string, set: KamervragenSetInput): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  if (!postgres)
    await sql`delete from kamervragen_fts where doc_id in (select doc_id from kamervragen_search_docs where set_id = ${id})`.execute(
      db,
    );
  await db.deleteFrom('kamervragen_search_docs').where('set_id', '=', id).execute();
  const docs = [
    { doc_id: `${id}:title`, set_id: id, question_number: null, terms: searchTerms(set.title) },
    ...set.questions.map((q) => ({
      doc_id: `${id}:${q.number}`,
      set_id: id,
      question_number: q.number,
      terms: searchTerms(`${q.text}\n${q.answer ?? ''}`),
    })),
  ].map((doc) => ({ ...doc, term_count: doc.terms === '' ? 0 : doc.terms.split(' ').length }));
  await db.insertInto('kamervragen_search_docs').values(docs).execute();
  if (!postgres) {
    for (const doc of docs)
      await sql`insert into kamervragen_fts (doc_id, terms) values (${doc.doc_id}, ${doc.terms})`.execute(db);
  }
  await addSearchWords(db, [set.title, ...set.questions.flatMap((q) => [q.text, q.answer ?? ''])]);
}

async function writeSet(
  db: Kysely<Database>,
  set: KamervragenSetInput,
  now: string,
): Promise<'inserted' | 'updated' | 'unchanged'> {
  const id = kamervragenSetId(set);
  const hash = contentHash(set);
  const existing = await db
    .selectFrom('kamervragen_sets')
    .select(['content_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (existing?.content_hash === hash) return 'unchanged';
  const row = {
    title: set.title,
    submitters_json: JSON.stringify(set.submitters),
    respondents_json: JSON.stringify(set.respondents),
    question_count: set.questions.length,
    answered_count: set.questions.filter((q) => q.answer !== null).length,
    content_hash: hash,
    updated_at: now,
  };
  if (existing) await db.updateTable('kamervragen_sets').set(row).where('id', '=', id).execute();
  else
    await db
      .insertInto('kamervragen_sets')
      .values({ id, ...row, imported_at: now })
      .execute();
  await db.deleteFrom('kamervragen_questions').where('set_id', '=', id).execute();
  if (set.questions.length) {
    await db
      .insertInto('kamervragen_questions')
      .values(
        set.questions.map((q) => ({
          set_id: id,
          number: q.number,
          text: q.text,
          answer: q.answer,
          refers_to: q.refersTo,
          footnotes_json: JSON.stringify(q.footnotes),
          answer_footnotes_json: JSON.stringify(q.answerFootnotes),
        })),
      )
      .execute();
  }
  await replaceSearchDocs(db, id, set);
  return existing ? 'updated' : 'inserted';
}

/**
 * Stores parsed sets in one transaction (or in the caller's, when `db` is one). Idempotent: a
 * set already stored with the same content is left alone; one with new content (say, answers
 * added) is replaced in place, keeping its id and its breach links.
 */
export async function storeKamervragenSets(
  db: Kysely<Database>,
  sets: readonly KamervragenSetInput[],
  options: { now: string },
): Promise<StoreResult> {
  const run = async (trx: Kysely<Database>): Promise<StoreResult> => {
    const result: StoreResult = { inserted: 0, updated: 0, unchanged: 0, ids: [] };
    for (const set of sets) {
      result[await writeSet(trx, set, options.now)] += 1;
      result.ids.push(kamervragenSetId(set));
    }
    return result;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

type SetRow = Database['kamervragen_sets'];

function summary(row: SetRow): KamervragenSetSummary {
  return {
    id: row.id,
    title: row.title,
    submitters: JSON.parse(row.submitters_json) as Submitter[],
    respondents: JSON.parse(row.respondents_json) as Respondent[],
    questionCount: Number(row.question_count),
    answeredCount: Number(row.answered_count),
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
  };
}

/** Every stored set, newest import first, then by title. */
export async function listKamervragenSets(db: Kysely<Database>): Promise<KamervragenSetSummary[]> {
  const rows = await db
    .selectFrom('kamervragen_sets')
    .selectAll()
    .orderBy('imported_at', 'desc')
    .orderBy('title')
    .execute();
  return rows.map(summary);
}

/** The summaries of the sets with these ids, in the order of `ids` (unknown ids left out). */
export async function kamervragenSetSummaries(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<KamervragenSetSummary[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('kamervragen_sets')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, summary(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function questionsOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, StoredQuestion[]>> {
  const map = new Map<string, StoredQuestion[]>();
  if (!ids.length) return map;
  const rows = await db
    .selectFrom('kamervragen_questions')
    .selectAll()
    .where('set_id', 'in', ids)
    .orderBy('set_id')
    .orderBy('number')
    .execute();
  for (const r of rows) {
    const list = map.get(r.set_id) ?? [];
    list.push({
      number: Number(r.number),
      text: r.text,
      answer: r.answer,
      refersTo: r.refers_to === null ? null : Number(r.refers_to),
      footnotes: JSON.parse(r.footnotes_json) as number[],
      answerFootnotes: JSON.parse(r.answer_footnotes_json) as number[],
    });
    map.set(r.set_id, list);
  }
  return map;
}

/** One set with its questions and answers, or undefined. */
export async function getKamervragenSet(
  db: Kysely<Database>,
  id: string,
): Promise<StoredKamervragenSet | undefined> {
  const row = await db.selectFrom('kamervragen_sets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const questions = await questionsOf(db, [id]);
  return { ...summary(row), questions: questions.get(id) ?? [] };
}

/** Links a set to a breach (confirmed by an editor). Linking twice is not an error. */
export async function linkKamervragenSet(
  db: Kysely<Database>,
  link: { setId: string; breachId: string; now: string; linkedBy?: string | null },
): Promise<void> {
  await db
    .insertInto('kamervragen_breach_links')
    .values({
      set_id: link.setId,
      breach_id: link.breachId,
      linked_at: link.now,
      linked_by: link.linkedBy ?? null,
    })
    .onConflict((oc) => oc.columns(['set_id', 'breach_id']).doNothing())
    .execute();
}

/** Removes a link; true when there was one. */
export async function unlinkKamervragenSet(
  db: Kysely<Database>,
  link: { setId: string; breachId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('kamervragen_breach_links')
    .where('set_id', '=', link.setId)
    .where('breach_id', '=', link.breachId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The breach ids a set is linked to. */
export async function breachIdsOfKamervragenSet(db: Kysely<Database>, setId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('kamervragen_breach_links')
    .select('breach_id')
    .where('set_id', '=', setId)
    .orderBy('breach_id')
    .execute();
  return rows.map((r) => r.breach_id);
}

/** The sets linked to a breach, with their questions and answers, oldest link first. */
export async function listKamervragenSetsForBreach(
  db: Kysely<Database>,
  breachId: string,
): Promise<StoredKamervragenSet[]> {
  const rows = await db
    .selectFrom('kamervragen_sets as s')
    .innerJoin('kamervragen_breach_links as l', 'l.set_id', 's.id')
    .selectAll('s')
    .where('l.breach_id', '=', breachId)
    .orderBy('l.linked_at')
    .orderBy('s.title')
    .execute();
  const questions = await questionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...summary(r), questions: questions.get(r.id) ?? [] }));
}

export { searchKamervragen } from './kamervragen-search.ts';
