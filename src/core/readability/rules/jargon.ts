import type { Lang } from '../../i18n/lang.ts';
import { finding, type Rule } from '../context.ts';
import { jargonMessage } from '../messages.ts';
import type { Finding, JargonEntry } from '../types.ts';

// Inflections that still mean the same term: verwerkers, betrokkenen, data controllers.
const endings: Record<Lang, string> = { nl: "(?:s|n|en|e|'s)?", en: "(?:s|es|'s)?" };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternFor(entry: JargonEntry): RegExp {
  const variants = [entry.term, ...(entry.forms ?? [])]
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .sort((a, b) => b.length - a.length)
    // The last word may take an ending too ("data controllers", "betrokkenen"), unless the
    // entry is exact: "indien" must not match "indienen".
    .map((v) => escape(v).replace(/\s+/g, '\\s+') + (entry.exact ? '' : endings[entry.lang]));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${variants.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Drops matches that lie inside a longer match, so "data processor" wins over "processor". */
function keepLongest(found: Finding[]): Finding[] {
  return found.filter(
    (f) =>
      !found.some(
        (o) => o !== f && o.start <= f.start && f.end <= o.end && o.end - o.start > f.end - f.start,
      ),
  );
}

/** Flags every term of the jargon list (in the text's language) and offers its plain words. */
export const jargon: Rule = ({ text, lang, jargon: entries }) => {
  const found: Finding[] = [];
  for (const entry of entries) {
    if (entry.lang !== lang) continue;
    if (entry.term.trim() === '') continue;
    for (const match of text.matchAll(patternFor(entry))) {
      if (match[0].length === 0) continue;
      const span = { start: match.index, end: match.index + match[0].length };
      found.push(
        finding(text, span, {
          rule: 'jargon',
          severity: entry.severity ?? 'warning',
          message: jargonMessage(match[0], entry.plain, entry.note),
          suggestions: entry.plain,
        }),
      );
    }
  }
  return keepLongest(found);
};
