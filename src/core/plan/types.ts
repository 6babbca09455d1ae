import type { Lang, Localized } from '../i18n/lang.ts';
import type { Certainty, Effort, Level, Timing } from '../knowledge/schema.ts';

export type { Certainty, Effort, Level, Timing };

/** What is known about the breach itself, beyond which data leaked. */
export interface ExposureFacts {
  /** The data was published or offered for sale, for example on the dark web. */
  published?: boolean;
  /** The data was encrypted and the key was not taken. */
  encrypted?: boolean;
  /** What the organisation did or will do, in both languages; shown as given. */
  measures?: Localized[];
}

/**
 * Input of `buildPlan`. Give the leaked data as category ids, as Have I Been Pwned data-class
 * names, or both (they are merged). Unknown ids or names are an error, never ignored.
 */
export interface PlanInput {
  categories?: readonly string[];
  hibpClasses?: readonly string[];
  certainty: Certainty;
  exposure?: ExposureFacts;
  lang: Lang;
}

/** A kind of data that leaked, in the plan's language. */
export interface PlanCategory {
  id: string;
  name: string;
  description: string;
  sensitivity: 'low' | 'medium' | 'high' | 'very_high';
}

/** One risk for this person, with a plain one-line explanation of why it applies. */
export interface PlanRisk {
  id: string;
  name: string;
  description: string;
  /**
   * How big the risk is, in words only. The score behind it stays inside the engine: it is
   * judgement, and "7,5/10" would suggest a precision it does not have.
   */
  level: Level;
  levelLabel: string;
  /** Names the person's data that cause the risk, e.g. "Dit komt door deze gegevens van u: naam en BSN." */
  why: string;
  /** Category ids that cause this risk: those of the strongest matching rule first. */
  causedBy: string[];
  sources: string[];
}

/** An organisation to contact. `phone` and `hours` are only present when a source verified them. */
export interface PlanContact {
  id: string;
  name: string;
  purpose: string;
  website?: string;
  phone?: string;
  hours?: string;
  how?: string;
  /** Source id that verified the phone number or address. */
  source?: string;
}

/** One thing to do. `number` runs on across the groups (1, 2, 3 …) in the order to do them. */
export interface PlanAction {
  number: number;
  id: string;
  when: Timing;
  whenLabel: string;
  effort: Effort;
  effortLabel: string;
  title: string;
  steps: string[];
  /** Risk ids this action reduces (only those that apply to this person). */
  reduces: string[];
  contacts: PlanContact[];
  sources: string[];
}

/** Actions with the same timing: now, this week, or stay alert for months. */
export interface PlanActionGroup {
  when: Timing;
  heading: string;
  actions: PlanAction[];
}

export interface PlanQuestion {
  id: string;
  question: string;
  answer: string;
  /** Organisations the answer refers to (may be empty). */
  contacts: PlanContact[];
  sources: string[];
}

export interface PlanSource {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  reference?: string;
}

/** Section headings in the plan's language, so every renderer uses the same words. */
export interface PlanHeadings {
  data: string;
  risks: string;
  actions: string;
  questions: string;
  contacts: string;
  measures: string;
  sources: string;
}

/**
 * A personal plan: what the breach means for one person and what to do, in one language.
 * Stable contract for web pages, letters, PDFs and `datalekwijzer plan --json`
 * (documented in docs/plan-json.md). Add fields only; never rename or remove one.
 */
export interface Plan {
  schemaVersion: 2;
  lang: Lang;
  certainty: Certainty;
  exposure: { published: boolean; encrypted: boolean };
  summary: string;
  /** Notes about the breach that change the risks (published, encrypted, no extra risk). */
  notes: string[];
  /** The organisation's measures, in the plan's language. */
  measures: string[];
  headings: PlanHeadings;
  categories: PlanCategory[];
  /** Biggest risk first. Empty for `not_affected`. */
  risks: PlanRisk[];
  /** In order now, this_week, once_confirmed, months; empty groups are left out. */
  actionGroups: PlanActionGroup[];
  questions: PlanQuestion[];
  /** Every contact named by an action or a question, in knowledge-base order. */
  contacts: PlanContact[];
  /** Every source named by a risk, action, question or contact in this plan. */
  sources: PlanSource[];
}
