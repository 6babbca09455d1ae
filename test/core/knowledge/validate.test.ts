import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateKnowledge } from '../../../src/core/knowledge/index.ts';
import { buildRawContent, list } from './fixtures.ts';

function issuesOf(raw: ReturnType<typeof buildRawContent>): string[] {
  const result = validateKnowledge(raw);
  return result.ok ? [] : result.issues.map((i) => `${i.section}: ${i.path}: ${i.message}`);
}

describe('validateKnowledge', () => {
  test('accepts the knowledge base in content/', () => {
    assert.deepEqual(issuesOf(buildRawContent()), []);
  });

  test('rejects an action timing that is not now, this_week, once_confirmed or months, naming the path', () => {
    const raw = buildRawContent();
    list(raw, 'actions')[3]!.when = 'soon';
    assert.deepEqual(issuesOf(raw), [
      'actions: actions[3].when: expected one of now, this_week, once_confirmed, months',
    ]);
  });

  test('fails when a text lacks its English version', () => {
    const raw = buildRawContent();
    const action = list(raw, 'actions')[0]!;
    action.title = { nl: 'Alleen Nederlands' };
    assert.deepEqual(issuesOf(raw), ['actions: actions[0].title.en: missing; expected string']);
  });

  test('fails when a text lacks its Dutch version or is empty', () => {
    const raw = buildRawContent();
    const question = list(raw, 'questions')[1]!;
    question.answer = { nl: '  ', en: 'Only English.' };
    assert.deepEqual(issuesOf(raw), ['questions: questions[1].answer.nl: expected a Dutch text']);
  });

  test('rejects advice that names a source that does not exist', () => {
    const raw = buildRawContent();
    list(raw, 'actions')[2]!.sources = ['made_up_source'];
    const [issue] = issuesOf(raw);
    assert.match(
      issue ?? '',
      /^actions: actions\[2\]\.sources\[0\]: unknown source "made_up_source"; expected one of rvig_cmi, /,
    );
  });

  test('rejects advice without any source', () => {
    const raw = buildRawContent();
    list(raw, 'risks')[0]!.sources = [];
    assert.deepEqual(issuesOf(raw), ['risks: risks[0].sources: expected at least 1 item(s)']);
  });

  test('rejects a risk rule, action or HIBP mapping that names an unknown category', () => {
    const raw = buildRawContent();
    (list(raw, 'risks')[0]!.rules as { data: string[] }[])[0]!.data = ['name', 'shoe_size'];
    (raw.hibp_data_classes.hibp_data_classes as Record<string, string>)['Passwords'] = 'secret';
    const issues = issuesOf(raw);
    assert.equal(issues.length, 2);
    assert.match(issues[0]!, /^hibp_data_classes: hibp_data_classes\.Passwords: unknown category "secret"/);
    assert.match(issues[1]!, /^risks: risks\[0\]\.rules\[0\]\.data\[1\]: unknown category "shoe_size"/);
  });

  test('rejects a not_when list that names an unknown category', () => {
    const raw = buildRawContent();
    list(raw, 'questions')[0]!.not_when = [['bsn', 'shoe_size']];
    assert.match(
      issuesOf(raw)[0] ?? '',
      /^questions: questions\[0\]\.not_when\[0\]\[1\]: unknown category "shoe_size"/,
    );
  });

  test('rejects an action that reduces an unknown risk or names an unknown contact', () => {
    const raw = buildRawContent();
    list(raw, 'actions')[1]!.reduces = ['boredom'];
    list(raw, 'actions')[1]!.contacts = ['ghostbusters'];
    const issues = issuesOf(raw);
    assert.match(issues[0]!, /actions\[1\]\.reduces\[0\]: unknown risk "boredom"/);
    assert.match(issues[1]!, /actions\[1\]\.contacts\[0\]: unknown contact "ghostbusters"/);
  });

  test('refuses a phone number without a source that verified it', () => {
    const raw = buildRawContent();
    const bkr = list(raw, 'contacts').find((c) => c.id === 'bkr')!;
    bkr.phone = '0900-0000';
    const index = list(raw, 'contacts').indexOf(bkr);
    assert.deepEqual(issuesOf(raw), [
      `contacts: contacts[${index}].source: expected a source for the phone number: only verified numbers may be shown`,
    ]);
  });

  test('refuses a source address without a path, so a home page cannot stand in for a source', () => {
    const raw = buildRawContent();
    const sources = list(raw, 'sources');
    const index = sources.findIndex((s) => s.id === 'ap_victims');
    sources[index]!.url = 'https://autoriteitpersoonsgegevens.nl';
    sources[index + 1]!.url = 'https://autoriteitpersoonsgegevens.nl/';
    assert.deepEqual(issuesOf(raw), [
      `sources: sources[${index}].url: expected the address of a specific page (with a path), not a home page`,
      `sources: sources[${index + 1}].url: expected the address of a specific page (with a path), not a home page`,
    ]);
  });

  test('refuses a source without the line that says what it says', () => {
    const raw = buildRawContent();
    delete list(raw, 'sources')[0]!.says;
    assert.deepEqual(issuesOf(raw), ['sources: sources[0].says: missing; expected string']);
  });

  test('refuses a review of an item that does not exist or against an unknown source', () => {
    const raw = buildRawContent();
    const reviews = list(raw, 'reviews');
    reviews.push({ ...reviews[0]!, item: 'action.move_crypto', sources: ['nowhere'] });
    const i = reviews.length - 1;
    assert.deepEqual(issuesOf(raw), [
      `reviews: reviews[${i}].item: unknown item "action.move_crypto"; expected risk.<id>, action.<id>, question.<id> or contact.<id> of an existing item`,
      `reviews: reviews[${i}].sources[0]: unknown source "nowhere"`,
    ]);
  });

  test('refuses a conditional answer sentence that names an unknown category', () => {
    const raw = buildRawContent();
    const howBad = list(raw, 'questions').find((q) => q.id === 'how_bad')!;
    const index = list(raw, 'questions').indexOf(howBad);
    (howBad.answer_extra as { applies_when: string[][] }[])[0]!.applies_when = [['shoe_size']];
    assert.match(
      issuesOf(raw)[0]!,
      new RegExp(
        `questions\\[${index}\\]\\.answer_extra\\[0\\]\\.applies_when\\[0\\]\\[0\\]: unknown category "shoe_size"`,
      ),
    );
  });

  test('reports an id used twice', () => {
    const raw = buildRawContent();
    const questions = list(raw, 'questions');
    questions.push({ ...questions[0]! });
    assert.deepEqual(issuesOf(raw), [
      `questions: questions[${questions.length - 1}].id: the id "${String(questions[0]!.id)}" is used twice`,
    ]);
  });

  test('reports an unknown field so that a typo is not silently ignored', () => {
    const raw = buildRawContent();
    list(raw, 'actions')[0]!.efort = 'low';
    assert.deepEqual(issuesOf(raw), ['actions: actions[0]: unknown field efort']);
  });

  test('reports every mistake at once, across files', () => {
    const raw = buildRawContent();
    list(raw, 'actions')[0]!.effort = 'huge';
    list(raw, 'categories')[0]!.sensitivity = 'extreme';
    assert.equal(issuesOf(raw).length, 2);
  });
});
