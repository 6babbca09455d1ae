import type { Readable } from 'node:stream';
import type { PageView } from '../page.ts';

/** Go elsewhere with 303 (after a POST, or to a clean address). */
export type Redirect = { kind: 'redirect'; to: string };
/** A file to save, with its name; large files stream from disk. */
export type Download = {
  kind: 'download';
  contentType: string;
  fileName: string;
  body: string | Buffer | Readable;
};
/** A whole page already rendered with its layout, e.g. from a page cache. */
export type RenderedHtml = { kind: 'html'; body: string | Buffer };
/** An API answer's body; the handler may have set its status and headers. */
export type Data = { kind: 'data'; body: unknown };
/** Something went wrong: rendered as an error page or as problem+json. */
export type Problem = { kind: 'problem'; error: unknown };

/** What a page handler returns: a page view (wrapped in the layout) or one of the answers above. */
export type PageOutcome = PageView | Redirect | Download | RenderedHtml;

/** Every answer the kernel renders, in one place (`render.ts`). */
export type Outcome = PageOutcome | Data | Problem;

export function redirect(to: string): Redirect {
  return { kind: 'redirect', to };
}

/** True when the outcome is not a page view. */
export function isKindOutcome(
  outcome: Outcome,
): outcome is Redirect | Download | RenderedHtml | Data | Problem {
  return 'kind' in outcome;
}
