import type { Asset } from '../../assets/asset-store.ts';
import type { Html } from '../../html.ts';

// What the routes hand the guide page: its links and how to show it. Shared by the page and its sections.

/** Where the page's own links go; none of them carries a code. */
export interface GuideLinks {
  /** The one-step-at-a-time mode. */
  steps?: string;
  /** The whole plan with every part open, to read through or print. */
  full?: string;
  /** Back from the whole plan to the first screen. */
  start?: string;
  /** The calendar file with reminders for the months ahead. */
  reminders?: string;
  pdf?: string;
  letters?: string;
  /** "Change what I ticked" (without a code). */
  change?: string;
  /** Closes the page: forgets the code cookie. */
  close?: string;
}

export interface GuideRenderOptions {
  links: GuideLinks;
  /** The Q&A search text, when searching (GET `vraag`). */
  query?: string | undefined;
  /** The search form's action and hidden fields (the page's own address without the query). */
  search?: { action: string; hidden: [string, string][] } | undefined;
  checklistScript?: Asset | undefined;
  /** The guide is part of another page (the helpline): its title is a level-2 heading. */
  asSection?: boolean | undefined;
  /** Every folded part open: the printable whole plan. */
  full?: boolean | undefined;
  /** Shown above everything (the helpline banner). */
  top?: Html | undefined;
}
