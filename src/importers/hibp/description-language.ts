/**
 * Whether an HIBP description is Dutch or English, from the small words every sentence has.
 * HIBP writes English; an organisation's own record may be Dutch. When the text is too short or
 * mixed to tell, the answer is undefined and the importer asks (`descriptionLanguage`).
 */

const dutch = new Set(
  'de het een en van is zijn niet met voor op dat die er bij ook werd werden naar door wij we uit gegevens wachtwoorden klanten'.split(
    ' ',
  ),
);
const english = new Set(
  'the a an and of is are was were not with for on that which this by also from to data passwords customers their'.split(
    ' ',
  ),
);

/** At least this many marker words, and twice as many of one language as of the other. */
const MIN_MARKERS = 3;

/**
 * @example detectDescriptionLanguage('In 2024, the service suffered a data breach.') // 'en'
 */
export function detectDescriptionLanguage(text: string): 'nl' | 'en' | undefined {
  let nl = 0;
  let en = 0;
  for (const match of text.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    if (dutch.has(match[0])) nl += 1;
    if (english.has(match[0])) en += 1;
  }
  if (nl + en < MIN_MARKERS) return undefined;
  if (nl >= 2 * en) return 'nl';
  if (en >= 2 * nl) return 'en';
  return undefined;
}
