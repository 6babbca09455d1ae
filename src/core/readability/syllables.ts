import type { Lang } from '../i18n/lang.ts';

// Dutch vowel sounds written with more than one letter; each is one syllable nucleus.
const dutchNuclei = [
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'eau',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ei',
  'ij',
  'ui',
  'ou',
  'au',
];
const dutchVowel = /[aeiouyàáâèéêìíîòóôùúû]/;
// A diaeresis marks the start of a new syllable: geïnformeerd, ideeën.
const diaeresis = /[äëïöü]/;

/** Counts syllables in a Dutch word by its written vowel sounds (aa, ij, oei count once). */
export function dutchSyllables(word: string): number {
  const w = word.toLowerCase();
  let count = 0;
  let i = 0;
  while (i < w.length) {
    const ch = w[i] ?? '';
    if (diaeresis.test(ch)) {
      count++;
      i++;
      continue;
    }
    if (!dutchVowel.test(ch)) {
      i++;
      continue;
    }
    const nucleus = dutchNuclei.find((n) => w.startsWith(n, i));
    count++;
    i += nucleus ? nucleus.length : 1;
  }
  return Math.max(1, count);
}

/** Counts syllables in an English word: vowel groups, minus a silent final e or -ed. */
export function englishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  // "make", "shapes", "leaked" lose a vowel sound; "table", "needed", "loved" keep or lose as spoken.
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiouy]es$/.test(w) && !/(?:[sxz]|[cs]h|g|c)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouydt]ed$/.test(w)) w = w.slice(0, -2);
  const groups = w.replace(/^y/, '').match(/[aeiouy]+/g) ?? [];
  return Math.max(1, groups.length);
}

/** Syllables in `word` for the given language. */
export function countSyllables(word: string, lang: Lang): number {
  return lang === 'nl' ? dutchSyllables(word) : englishSyllables(word);
}
