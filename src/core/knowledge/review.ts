import type { Knowledge } from './knowledge.ts';
import type { Review } from './schema.ts';

export type ReviewItemKind = 'risk' | 'action' | 'question' | 'contact';

/** One item a reviewer checks: its reference, the sources it cites and its fingerprint. */
export interface ReviewItem {
  ref: string;
  kind: ReviewItemKind;
  id: string;
  sources: string[];
  fingerprint: string;
}

/** Where one item stands: reviewed against its current text, changed since, or never reviewed. */
export type ReviewState = 'current' | 'changed_since_review' | 'missing';

export interface ReviewStatus extends ReviewItem {
  state: ReviewState;
  /** The latest review of any kind (the team's own check or an expert's). */
  last?: Review;
  /** True only when an outside expert reviewed the current text. */
  expertReviewed: boolean;
}

/**
 * FNV-1a (32 bit) over the text, as 8 hex characters: short enough for a reviewer to copy,
 * and any edit of the item's words, conditions or sources changes it. Not a security hash.
 */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Keys sorted at every level, so the same content always gives the same fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** Every risk, action, question (with its answer) and contact, in file order. */
export function reviewItems(k: Knowledge): ReviewItem[] {
  const item = (kind: ReviewItemKind, id: string, sources: string[], content: unknown): ReviewItem => ({
    ref: `${kind}.${id}`,
    kind,
    id,
    sources,
    fingerprint: fingerprintOf(canonical(content)),
  });
  return [
    ...k.risks.map((r) => item('risk', r.id, r.sources, r)),
    ...k.actions.map((a) => item('action', a.id, a.sources, a)),
    ...k.questions.map((q) => item('question', q.id, q.sources, q)),
    ...k.contacts.map((c) => item('contact', c.id, c.source ? [c.source] : [], c)),
  ];
}

/** The latest review per item (by date; on the same date the later entry in the file). */
function latest(reviews: readonly Review[], predicate: (r: Review) => boolean): Map<string, Review> {
  const out = new Map<string, Review>();
  for (const review of reviews) {
    if (!predicate(review)) continue;
    const seen = out.get(review.item);
    if (!seen || review.date >= seen.date) out.set(review.item, review);
  }
  return out;
}

/**
 * The review state of every item. An item whose text changed after its latest review counts as
 * `changed_since_review`; `expertReviewed` holds only for an expert review of the current text.
 * @example reviewStatus(k).filter((s) => s.state !== 'current') // what still needs a review
 */
export function reviewStatus(k: Knowledge): ReviewStatus[] {
  const last = latest(k.reviews, () => true);
  const lastExpert = latest(k.reviews, (r) => r.kind === 'expert');
  return reviewItems(k).map((item) => {
    const review = last.get(item.ref);
    const state: ReviewState = !review
      ? 'missing'
      : review.fingerprint === item.fingerprint
        ? 'current'
        : 'changed_since_review';
    return {
      ...item,
      state,
      ...(review ? { last: review } : {}),
      expertReviewed: lastExpert.get(item.ref)?.fingerprint === item.fingerprint,
    };
  });
}
