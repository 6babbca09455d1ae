import { isFullDate } from '../../core/breaches/partial-date.ts';
import type { Lang } from '../../core/i18n/lang.ts';
import type { BreachDetail } from '../../use-cases/get-breach.ts';
import { breachPageUrl } from './open-data.ts';

/** Characters XML 1.0 does not allow at all; they are dropped, not escaped. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML element content and quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(notXml, '')
    .replace(/[&<>"']/g, (c) =>
      c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
    );
}

interface Entry {
  id: string;
  title: string;
  link: string;
  updated: string;
  published: string;
  summary: string;
}

export interface FeedTexts {
  title: string;
  subtitle: string;
  newBreach: (title: string) => string;
  update: (title: string) => string;
}

/** At most this many entries: the newest breaches and updates. */
export const FEED_ENTRIES = 50;

function dayStart(day: string, fallback: string): string {
  return isFullDate(day) ? `${day}T00:00:00.000Z` : fallback;
}

/**
 * The register as an Atom 1.0 feed (RFC 4287): one entry when a breach is published and one
 * per public update, newest first. Ids are built from BASE_URL and the record's id (the same in
 * both languages' feeds and whatever host the feed is fetched from), so readers do not show an
 * entry twice.
 */
export function registerAtomFeed(options: {
  lang: Lang;
  baseUrl: string;
  /** BASE_URL: entry ids are made from it, never from the host a request came in on. */
  idBase: string;
  /** The address of this feed and of the register page, absolute. */
  feedUrl: string;
  registerUrl: string;
  breaches: readonly BreachDetail[];
  texts: FeedTexts;
  now: Date;
}): string {
  const { lang, baseUrl, texts } = options;
  const entries: Entry[] = [];
  for (const b of options.breaches) {
    const link = breachPageUrl(baseUrl, b.slug);
    const published = b.firstPublishedAt ?? b.updatedAt;
    entries.push({
      id: `${options.idBase}/register/id/breach/${b.id}`,
      title: texts.newBreach(b.title[lang]),
      link,
      updated: published,
      published,
      summary: b.description[lang],
    });
    for (const u of b.updates) {
      const day = dayStart(u.publishedOn, u.createdAt);
      entries.push({
        id: `${options.idBase}/register/id/breach-update/${u.id}`,
        title: texts.update(b.title[lang]),
        link,
        updated: u.createdAt > day ? u.createdAt : day,
        published: day,
        summary: u.text[lang],
      });
    }
  }
  entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  const shown = entries.slice(0, FEED_ENTRIES);
  const updated = shown[0]?.updated ?? options.now.toISOString();
  const x = escapeXml;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(lang)}">
  <id>${x(options.feedUrl)}</id>
  <title>${x(texts.title)}</title>
  <subtitle>${x(texts.subtitle)}</subtitle>
  <updated>${x(updated)}</updated>
  <author><name>Datalekwijzer</name></author>
  <link rel="self" type="application/atom+xml" href="${x(options.feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(options.registerUrl)}"/>
${shown
  .map(
    (e) => `  <entry>
    <id>${x(e.id)}</id>
    <title>${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.link)}"/>
    <published>${x(e.published)}</published>
    <updated>${x(e.updated)}</updated>
    <summary type="text">${x(e.summary)}</summary>
  </entry>
`,
  )
  .join('')}</feed>
`;
}
