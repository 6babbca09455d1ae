import type { Action, Category, Contact, Question, Review, Risk, Scoring, Source, Texts } from './schema.ts';

/**
 * The whole knowledge base after validation: what `content/` says, with every cross-reference
 * checked. Lists keep the order of the files; that order is the order people see.
 */
export interface Knowledge {
  categories: Category[];
  /** Have I Been Pwned data-class name → category id (`other` when no category fits). */
  hibpDataClasses: Record<string, string>;
  risks: Risk[];
  actions: Action[];
  contacts: Contact[];
  questions: Question[];
  sources: Source[];
  texts: Texts;
  scoring: Scoring;
  /** Who checked which item against which sources, and when (content/reviews.yaml). */
  reviews: Review[];
}
