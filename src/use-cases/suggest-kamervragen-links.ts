import { z } from 'zod';
import { roleIn, type Actor } from '../core/access/actor.ts';
import { can } from '../core/access/policy.ts';
import type { BreachRecord } from '../core/breaches/breach.ts';
import type { Localized } from '../core/i18n/lang.ts';
import { tokenize } from '../core/search/dutch-text.ts';
import {
  suggestBreachLinks,
  type BreachCandidate,
  type MatchedTerm,
} from '../importers/kamervragen/suggest-breach-links.ts';
import { searchPublicBreaches } from '../storage/repositories/breach-lists.ts';
import {
  getKamervragenSet,
  listKamervragenSets,
  listKamervragenSetsForBreach,
} from '../storage/repositories/kamervragen-repository.ts';
import { rejectedKamervragenSetIds } from '../storage/repositories/kamervragen-rejections.ts';
import { organisationNames } from '../storage/repositories/organisations.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { memberBreachFor } from './support/kamervragen-link-access.ts';
import { parseOptions } from './support/validate.ts';
import type { KamervragenSetSummary, StoredKamervragenSet } from '../core/kamervragen/records.ts';

export interface KamervragenSuggestion {
  set: KamervragenSetSummary;
  /** 0..1, from the suggester. */
  score: number;
  matchedTerms: MatchedTerm[];
}

/** What the workspace shows about one breach's Kamervragen. */
export interface KamervragenLinksView {
  breach: { id: string; slug: string; title: Localized; status: BreachRecord['status'] };
  /** Sets the suggester names for this breach, best first; linked and turned-down sets left out. */
  suggestions: KamervragenSuggestion[];
  /** Sets already linked; they show on the public breach page when the breach is public. */
  linked: KamervragenSetSummary[];
  /** Suggestions an editor turned down; they may still be linked. */
  rejected: KamervragenSetSummary[];
  /** The actor may confirm, turn down and remove (editor or owner). */
  canEdit: boolean;
}

/** The largest number of public breaches compared against, so the work per page stays bounded. */
const maxOtherBreaches = 500;

function withoutParentheses(name: string): string {
  return name.replace(/\s*\([^)]*\)/gu, '').trim();
}

/**
 * What the suggester needs to know of a breach, taken from the record: the names of its
 * organisations (the text in parentheses left out: "Clinical Diagnostics (laboratorium)"), and
 * the telling words of its Dutch title that are not part of those names ("hack",
 * "laboratorium", "baarmoederhalskanker").
 */
export function breachCandidate(id: string, title: string, organisations: string[]): BreachCandidate {
  const names = [...new Set(organisations.map(withoutParentheses).filter((n) => n.length > 0))];
  const nameWords = new Set(names.flatMap((n) => tokenize(n).map((t) => t.term)));
  const keywords = new Map<string, string>();
  for (const token of tokenize(title)) {
    if (token.term.length < 4 || nameWords.has(token.term) || keywords.has(token.term)) continue;
    keywords.set(token.term, token.word);
  }
  return { id, title, organisations: names, keywords: [...keywords.values()] };
}

/**
 * The Kamervragen sets suggested for a breach, and those linked or turned down, for any member
 * of the breach's organisation (others: `not_found`). The breach is compared with the public
 * breaches too, so a word two breaches share ("hack") counts for less, as the suggester intends;
 * other organisations' drafts are never read.
 */
export async function suggestKamervragenLinks(
  deps: Deps,
  options: { actor: Actor; breachId: string },
): Promise<KamervragenLinksView> {
  const { breachId } = parseOptions(z.object({ breachId: entityId }), options);
  const breach = await memberBreachFor(deps.db, options.actor, breachId, 'breach.read');
  const [summaries, linkedSets, rejectedIds, others] = await Promise.all([
    listKamervragenSets(deps.db),
    listKamervragenSetsForBreach(deps.db, breach.id),
    rejectedKamervragenSetIds(deps.db, breach.id),
    searchPublicBreaches(deps.db, { sort: 'newest', limit: maxOtherBreaches, offset: 0 }),
  ]);
  const partyIds = [breach.organisationId, ...breach.parties.map((p) => p.organisationId)];
  const names = await organisationNames(deps.db, partyIds);
  const candidates = [
    breachCandidate(
      breach.id,
      breach.title.nl,
      partyIds.map((id) => names.get(id) ?? '').filter((n) => n.length > 0),
    ),
    ...others.items
      .filter((other) => other.id !== breach.id)
      .map((other) => breachCandidate(other.id, other.title.nl, [other.organisationName])),
  ];
  const linkedIds = new Set(linkedSets.map((s) => s.id));
  const open = summaries.filter((s) => !linkedIds.has(s.id) && !rejectedIds.has(s.id));
  const sets = (await Promise.all(open.map((s) => getKamervragenSet(deps.db, s.id)))).filter(
    (s): s is StoredKamervragenSet => s !== undefined,
  );
  const suggestions = suggestBreachLinks(sets, candidates)
    .flatMap((list, index) => {
      const mine = list.find((s) => s.breachId === breach.id);
      const set = sets[index];
      return mine && set ? [{ set: summaryOf(set), score: mine.score, matchedTerms: mine.matchedTerms }] : [];
    })
    .sort((a, b) => b.score - a.score || a.set.title.localeCompare(b.set.title));
  const resource = { type: 'breach', organisationId: breach.organisationId, status: breach.status } as const;
  return {
    breach: { id: breach.id, slug: breach.slug, title: breach.title, status: breach.status },
    suggestions,
    linked: linkedSets.map(summaryOf),
    rejected: summaries.filter((s) => rejectedIds.has(s.id) && !linkedIds.has(s.id)),
    canEdit:
      roleIn(options.actor, breach.organisationId) !== undefined &&
      can(options.actor, 'breach.update', resource),
  };
}

function summaryOf(set: StoredKamervragenSet): KamervragenSetSummary {
  const { questions: _questions, ...summary } = set;
  return summary;
}
