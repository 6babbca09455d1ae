import type { BreachGuideContext } from '../../use-cases/get-personal-guide.ts';
import type { GuideView } from './guide-service.ts';

/** Distinct pages kept per breach context; letters come in a handful of variants, not thousands. */
const maxPagesPerContext = 500;

/**
 * Rendered personal pages, shared by everyone whose letters said the same: the page depends
 * only on the breach context, the language, the certainty, the kinds of data and the message
 * rounds — never on who the person is. Entries live as long as their breach context (a few
 * seconds), so an update of the breach shows without any invalidation.
 */
export function createGuidePageCache() {
  const pages = new WeakMap<BreachGuideContext, Map<string, Buffer>>();
  const keyOf = (view: GuideView, lang: string) =>
    [
      lang,
      view.certainty,
      view.dataIds.join(','),
      view.rounds
        .map(
          (r) =>
            `${r.round}:${r.sentOn}:${r.channel}:${r.whatChanged ? `${r.whatChanged.nl}\u0001${r.whatChanged.en}` : ''}`,
        )
        .join('\u0002'),
    ].join('\u0000');
  return {
    /** The cached page for this view, or the one `render` makes (and keeps), as UTF-8 bytes. */
    page(view: GuideView, lang: string, render: () => string): Buffer {
      let forContext = pages.get(view.context);
      if (!forContext) {
        forContext = new Map();
        pages.set(view.context, forContext);
      }
      const key = keyOf(view, lang);
      const hit = forContext.get(key);
      if (hit !== undefined) return hit;
      // Kept as bytes: sending a Buffer skips encoding the same 25 KB string on every request.
      const body = Buffer.from(render(), 'utf8');
      if (forContext.size < maxPagesPerContext) forContext.set(key, body);
      return body;
    },
  };
}
