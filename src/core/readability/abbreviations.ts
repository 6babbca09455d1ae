// Abbreviations that end in a full stop but do not end a sentence. Lower case, without the
// final stop. Forms with inner stops (o.a., e.g., m.b.t.) are recognised by their shape.
const known = [
  // Dutch
  'bijv',
  'bv',
  'enz',
  'etc',
  'art',
  'artt',
  'nr',
  'nrs',
  'blz',
  'dhr',
  'mevr',
  'mw',
  'mr',
  'dr',
  'drs',
  'ir',
  'prof',
  'st',
  'ca',
  'evt',
  'incl',
  'excl',
  'jl',
  'tel',
  'vgl',
  'zgn',
  'resp',
  'div',
  'afd',
  'feb',
  'mrt',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
  'vs',
  'ivm',
  'mbt',
  'tav',
  // English
  'eg',
  'mrs',
  'ms',
  'fig',
  'approx',
  'dept',
  'inc',
  'ltd',
  'cf',
  // Words such as "no", "vol" or "al" are left out on purpose: they often end a sentence.
];
const knownSet = new Set(known);

/** True when `word` (the text just before a full stop, without it) is an abbreviation. */
export function isAbbreviation(word: string): boolean {
  const w = word.replace(/^[("'‘“[]+/u, '');
  if (/^\p{Lu}$/u.test(w)) return true; // an initial: J. Jansen (but not the word "u")
  if (/^(?:\p{L}{1,4}\.)+\p{L}{1,4}$/u.test(w)) return true; // o.a, m.b.t, e.g, i.e
  return knownSet.has(w.toLowerCase());
}
