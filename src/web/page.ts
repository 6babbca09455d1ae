import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Operator } from '../config.ts';
import type { Lang } from '../core/i18n/lang.ts';
import type { Asset, AssetStore } from './assets/asset-store.ts';
import type { Html } from './html.ts';
import { translator, type Translator } from './i18n/translator.ts';
import { dutchPathOf, langOfPath, localPath } from './lang-path.ts';
import { layout } from './layout.ts';

/** Everything a page needs to render in the visitor's language. */
export interface PageContext {
  lang: Lang;
  t: Translator['t'];
  /** The Dutch path of this page (`/plan`), the key for links in any language. */
  path: string;
  /** The query string including `?`, or ''. */
  search: string;
  /** `href(path)` is the path of another page in this page's language. */
  href(dutchPath: string): string;
  assets: AssetStore;
  baseUrl: string;
  sourceUrl: string | undefined;
  /** Who runs this installation; shown in the header, footer and privacy statement. */
  operator?: Operator | undefined;
}

/** What a page handler returns; the layout wraps it. */
export interface PageView {
  title: string;
  body: Html;
  status?: number;
  scripts?: Asset[];
  /** Feeds to announce in the head (`<link rel="alternate">`), with absolute or local `href`. */
  feeds?: { title: string; href: string; type: string }[];
}

export interface SiteContext {
  assets: AssetStore;
  baseUrl: string;
  sourceUrl: string | undefined;
  operator?: Operator | undefined;
}

/** Builds the context of the request's page from its URL. */
export function pageContext(request: FastifyRequest, site: SiteContext): PageContext {
  const [rawPath = '/', query] = request.url.split('?', 2);
  const lang = langOfPath(rawPath);
  const { t } = translator(lang);
  return {
    lang,
    t,
    path: dutchPathOf(rawPath.replace(/(.)\/+$/, '$1')),
    search: query ? `?${query}` : '',
    href: (dutchPath) => localPath(lang, dutchPath),
    ...site,
  };
}

/** Sends a page wrapped in the layout. */
export function sendPage(reply: FastifyReply, page: PageContext, view: PageView): FastifyReply {
  return reply
    .status(view.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(layout(page, view).value);
}
