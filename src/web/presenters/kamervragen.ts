import type { z } from 'zod';
import type { BreachDetail } from '../../use-cases/get-breach.ts';
import type {
  kamervragenMatchSchema,
  kamervragenSetSchema,
  kamervragenSetSummarySchema,
} from '../openapi/kamervragen-schemas.ts';
import { breachHref, localized } from './breach.ts';
import type {
  KamervragenSearchHit,
  KamervragenSetSummary,
  StoredKamervragenSet,
} from '../../core/kamervragen/records.ts';

/** The API address of a set. */
export function kamervragenHref(apiUrl: string, setId: string): string {
  return `${apiUrl}/kamervragen/${encodeURIComponent(setId)}`;
}

/** The public page of a set: the API's address without `/api/v1`. */
function kamervragenPage(apiUrl: string, setId: string): string {
  return `${apiUrl.replace(/\/api\/v\d+$/, '')}/kamervragen/${encodeURIComponent(setId)}`;
}

export function presentKamervragenSummary(
  s: KamervragenSetSummary,
  apiUrl: string,
): z.output<typeof kamervragenSetSummarySchema> {
  return {
    id: s.id,
    title: s.title,
    submitters: s.submitters.map((p) => ({ name: p.name, party: p.party })),
    respondents: s.respondents.map((p) => ({ name: p.name, role: p.role, party: p.party })),
    questionCount: s.questionCount,
    answeredCount: s.answeredCount,
    importedAt: s.importedAt,
    updatedAt: s.updatedAt,
    _links: { self: { href: kamervragenHref(apiUrl, s.id) }, html: { href: kamervragenPage(apiUrl, s.id) } },
  };
}

export function presentKamervragenMatch(hit: KamervragenSearchHit): z.output<typeof kamervragenMatchSchema> {
  return {
    score: hit.score,
    matchedWords: [...hit.matchedWords],
    questionNumber: hit.questionNumber,
    snippet: { text: hit.snippet.text, highlights: hit.snippet.highlights.map(([a, b]) => [a, b]) },
  };
}

/** A set with its questions and the breaches (visible to the caller) it is linked to. */
export function presentKamervragenSet(
  set: StoredKamervragenSet,
  breaches: readonly BreachDetail[],
  apiUrl: string,
): z.output<typeof kamervragenSetSchema> {
  return {
    ...presentKamervragenSummary(set, apiUrl),
    questions: set.questions.map((q) => ({
      number: q.number,
      text: q.text,
      answer: q.answer,
      refersTo: q.refersTo,
    })),
    breaches: breaches.map((b) => ({
      id: b.id,
      slug: b.slug,
      title: localized(b.title),
      _links: { self: { href: breachHref(apiUrl, b.id) } },
    })),
  };
}
