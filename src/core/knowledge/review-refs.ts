import type { KnowledgeIssue } from './issues.ts';
import type { Knowledge } from './knowledge.ts';

/** Every item a review can name: `risk.<id>`, `action.<id>`, `question.<id>`, `contact.<id>`. */
export function reviewableRefs(k: Knowledge): Set<string> {
  return new Set([
    ...k.risks.map((r) => `risk.${r.id}`),
    ...k.actions.map((a) => `action.${a.id}`),
    ...k.questions.map((q) => `question.${q.id}`),
    ...k.contacts.map((c) => `contact.${c.id}`),
  ]);
}

/** Reviews must name an existing item and existing sources. */
export function checkReviews(k: Knowledge, sources: ReadonlySet<string>): KnowledgeIssue[] {
  const refs = reviewableRefs(k);
  const issues: KnowledgeIssue[] = [];
  k.reviews.forEach((review, r) => {
    if (!refs.has(review.item))
      issues.push({
        section: 'reviews',
        path: `reviews[${r}].item`,
        message: `unknown item "${review.item}"; expected risk.<id>, action.<id>, question.<id> or contact.<id> of an existing item`,
      });
    review.sources.forEach((s, i) => {
      if (!sources.has(s))
        issues.push({
          section: 'reviews',
          path: `reviews[${r}].sources[${i}]`,
          message: `unknown source "${s}"`,
        });
    });
  });
  return issues;
}
