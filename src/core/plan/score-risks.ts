import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Certainty, Level, Risk, RiskRule, Scoring } from '../knowledge/schema.ts';

/** A risk that applies, before it is put into words. */
export interface ScoredRisk {
  risk: Risk;
  score: number;
  level: Level;
  bestRule: RiskRule;
  causedBy: string[];
}

export interface ScoreOptions {
  certainty: Certainty;
  published: boolean;
  encrypted: boolean;
}

/** True when every kind of data in `set` is among the person's data. */
export function matches(set: readonly string[], data: ReadonlySet<string>): boolean {
  return set.every((c) => data.has(c));
}

/**
 * Scores every risk for the person's data. A risk's base score is its highest matching rule,
 * plus a small bonus per further matching rule; then the breach facts adjust it (see
 * docs/content-model.md). Risks scoring 0 are left out. Highest score first.
 */
export function scoreRisks(
  knowledge: Knowledge,
  data: ReadonlySet<string>,
  options: ScoreOptions,
): ScoredRisk[] {
  const out: ScoredRisk[] = [];
  for (const risk of knowledge.risks) {
    const matched = risk.rules.filter((rule) => matches(rule.data, data));
    const best = matched.reduce<RiskRule | undefined>((a, r) => (a && a.score >= r.score ? a : r), undefined);
    if (!best) continue;
    const base = best.score + knowledge.scoring.extra_rule_bonus * (matched.length - 1);
    const score = adjust(base, knowledge.scoring, options);
    if (score <= 0) continue;
    // The data of the strongest rule first, in the order the rule lists them: that reads naturally.
    const causes = [...matched].sort((a, b) => b.score - a.score).flatMap((r) => r.data);
    out.push({
      risk,
      score,
      level: levelOf(score, knowledge.scoring),
      bestRule: best,
      causedBy: [...new Set(causes)],
    });
  }
  return out.sort(
    (a, b) => b.score - a.score || knowledge.risks.indexOf(a.risk) - knowledge.risks.indexOf(b.risk),
  );
}

function adjust(base: number, scoring: Scoring, options: ScoreOptions): number {
  let score = base + (options.published ? scoring.published_bonus : 0);
  score *= scoring.certainty_factor[options.certainty];
  if (options.encrypted) score *= scoring.encrypted_factor;
  return Math.round(Math.min(10, score) * 10) / 10;
}

/** The level for a score, by the thresholds in scoring.yaml. */
export function levelOf(score: number, scoring: Scoring): Level {
  if (score >= scoring.levels.very_high) return 'very_high';
  if (score >= scoring.levels.high) return 'high';
  if (score >= scoring.levels.medium) return 'medium';
  return 'low';
}
