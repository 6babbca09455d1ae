import type { Localized } from '../i18n/lang.ts';

// The checker's own messages, written to pass the checker themselves.

export function sentenceTooLongMessage(words: number, max: number): Localized {
  return {
    nl: `Deze zin heeft ${words} woorden. Gebruik niet meer dan ${max} woorden per zin. Maak er twee zinnen van.`,
    en: `This sentence has ${words} words. Use no more than ${max} words in a sentence. Split it in two.`,
  };
}

export function longWordMessage(word: string): Localized {
  return {
    nl: `"${word}" is een lang woord. Kies een korter woord of zeg het op een andere manier.`,
    en: `"${word}" is a long word. Choose a shorter word or say it another way.`,
  };
}

export function jargonMessage(term: string, plain: readonly string[], note: string | undefined): Localized {
  const options = plain.map((p) => `"${p}"`).join(' / ');
  const extra = note ? ` ${note}` : '';
  return {
    nl: `"${term}" is vaktaal. Schrijf liever: ${options}.${extra}`,
    en: `"${term}" is jargon. Write instead: ${options}.${extra}`,
  };
}

export function passiveVoiceMessage(phrase: string): Localized {
  return {
    nl: `"${phrase}" is de lijdende vorm. Zeg liever wie het doet: "wij delen uw gegevens" in plaats van "uw gegevens worden gedeeld".`,
    en: `"${phrase}" is passive. Say who does it: "we shared your data" instead of "your data was shared".`,
  };
}
