import { tokenize } from '../../core/search/dutch-text.ts';

/** A breach as the suggester sees it: the names and words that identify it. */
export interface BreachCandidate {
  id: string;
  title: string;
  /** Names of the organisations involved, with their usual short forms: "Openbaar Ministerie", "OM". */
  organisations: string[];
  /** Words typical of the breach: "laboratorium", "Citrix". */
  keywords: string[];
}

/** The text of a set that the suggester reads. Parsed and stored sets both fit. */
export interface SetText {
  title: string;
  questions: ReadonlyArray<{ text: string; answer: string | null }>;
}

export interface MatchedTerm {
  term: string;
  kind: 'organisation' | 'keyword';
  /** The term also belongs to another breach ("hack"), so it tells less about which one. */
  shared: boolean;
  inTitle: boolean;
  /** Times found in the questions and answers. */
  count: number;
}

export interface BreachLinkSuggestion {
  breachId: string;
  /** 0..1; higher means more of the breach's names and words, and in more telling places. */
  score: number;
  matchedTerms: MatchedTerm[];
}

export interface SuggestOptions {
  /** Suggestions below this score are left out (default 0.5). */
  minScore?: number;
  /** At most this many suggestions per set, best first (default 3). */
  maxPerSet?: number;
}

const WEIGHT = { organisation: 3, keyword: 1 } as const;
const TITLE_WEIGHT = 3;
const ANSWER_WEIGHT = 0.5;
/** A term that several breaches share counts for this much of a term of its own. */
const SHARED_WEIGHT = 0.5;
/**
 * Mentions of the organisation only in the body, without any word of the incident, are how
 * a set on another subject names it in passing ("het OM vervolgt sanctieschendingen").
 */
const PASSING_MENTION_WEIGHT = 0.5;
/** Spreads raw scores over 0..1: a title hit on an organisation alone gives about 0.75. */
const SCALE = 8;

/**
 * Short names and acronyms ("OM", "AP", "BVO NL") are matched as written, as whole words:
 * "OM" must not match the Dutch word "om" nor "Om" at the start of a sentence.
 */
function isExactTerm(term: string): boolean {
  const letters = term.replace(/[^\p{L}]/gu, '');
  return letters.length <= 3 || letters === letters.toUpperCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

type Counter = (text: string) => number;

function exactCounter(term: string): Counter {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term.trim())}(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => [...text.matchAll(pattern)].length;
}

/** Other terms match by Dutch stem, as a run of words: "Bevolkingsonderzoek Nederland", "laboratoria". */
function stemCounter(term: string): Counter {
  const wanted = tokenize(term).map((t) => t.term);
  return (text) => {
    if (!wanted.length) return 0;
    const terms = tokenize(text).map((t) => t.term);
    let count = 0;
    for (let i = 0; i + wanted.length <= terms.length; i += 1) {
      if (wanted.every((w, k) => terms[i + k] === w)) count += 1;
    }
    return count;
  };
}

function counterFor(term: string): Counter {
  return isExactTerm(term) ? exactCounter(term) : stemCounter(term);
}

interface PreparedTerm {
  term: string;
  kind: MatchedTerm['kind'];
  shared: boolean;
  count: Counter;
}

function prepare(breach: BreachCandidate, usage: Map<string, number>): PreparedTerm[] {
  const seen = new Set<string>();
  const out: PreparedTerm[] = [];
  const add = (term: string, kind: MatchedTerm['kind']): void => {
    const key = term.trim();
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    out.push({ term: key, kind, shared: (usage.get(key.toLowerCase()) ?? 0) > 1, count: counterFor(key) });
  };
  for (const o of breach.organisations) add(o, 'organisation');
  for (const k of breach.keywords) add(k, 'keyword');
  return out;
}

function scoreSet(set: SetText, terms: PreparedTerm[]): { raw: number; matched: MatchedTerm[] } {
  let raw = 0;
  const matched: MatchedTerm[] = [];
  for (const t of terms) {
    const inTitle = t.count(set.title) > 0;
    let inQuestions = 0;
    let inAnswers = 0;
    for (const q of set.questions) {
      inQuestions += t.count(q.text);
      if (q.answer) inAnswers += t.count(q.answer);
    }
    if (!inTitle && inQuestions + inAnswers === 0) continue;
    const weight = WEIGHT[t.kind] * (t.shared ? SHARED_WEIGHT : 1);
    raw += weight * ((inTitle ? TITLE_WEIGHT : 0) + Math.log1p(inQuestions + ANSWER_WEIGHT * inAnswers));
    matched.push({ term: t.term, kind: t.kind, shared: t.shared, inTitle, count: inQuestions + inAnswers });
  }
  const telling = matched.some((m) => !m.shared && (m.inTitle || m.kind === 'keyword'));
  return { raw: telling ? raw : raw * PASSING_MENTION_WEIGHT, matched };
}

/**
 * Suggests, for each set, which breaches it is about, best first, with the names and words
 * that matched. An editor confirms a suggestion before a set is linked; nothing links itself.
 * A breach needs an organisation name, or two keywords of its own, to be suggested at all;
 * words shared with other breaches count half; an organisation named only in passing (not in
 * the title, with no word of the incident) counts half.
 * @example suggestBreachLinks(sets, [{ id, title, organisations: ['Openbaar Ministerie', 'OM'], keywords: ['Citrix'] }])
 */
export function suggestBreachLinks(
  sets: readonly SetText[],
  breaches: readonly BreachCandidate[],
  options: SuggestOptions = {},
): BreachLinkSuggestion[][] {
  const minScore = options.minScore ?? 0.5;
  const maxPerSet = options.maxPerSet ?? 3;
  // How many breaches use each term, to weigh shared words ("hack", "datalek") down.
  const usage = new Map<string, number>();
  for (const b of breaches) {
    for (const term of new Set([...b.organisations, ...b.keywords].map((t) => t.trim().toLowerCase())))
      usage.set(term, (usage.get(term) ?? 0) + 1);
  }
  const prepared = breaches.map((b) => ({ id: b.id, terms: prepare(b, usage) }));
  return sets.map((set) => {
    const suggestions: BreachLinkSuggestion[] = [];
    for (const breach of prepared) {
      const { raw, matched } = scoreSet(set, breach.terms);
      const organisations = matched.filter((m) => m.kind === 'organisation').length;
      const ownKeywords = matched.filter((m) => m.kind === 'keyword' && !m.shared).length;
      if (organisations === 0 && ownKeywords < 2) continue;
      const score = Math.round((1 - Math.exp(-raw / SCALE)) * 1000) / 1000;
      if (score >= minScore) suggestions.push({ breachId: breach.id, score, matchedTerms: matched });
    }
    suggestions.sort((a, b) => b.score - a.score || a.breachId.localeCompare(b.breachId));
    return suggestions.slice(0, maxPerSet);
  });
}
