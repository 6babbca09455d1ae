import type { Lang } from '../i18n/lang.ts';
import { inSentence, joinList } from '../plan/words.ts';
import { formatDay } from './dates.ts';
import type { Facts, LetterTexts } from './letter-texts.ts';
import { en } from './texts-en.ts';
import { nl } from './texts-nl.ts';
import type { VictimLetter, VictimLetterInput } from './types.ts';

const builders: Record<Lang, LetterTexts> = { nl, en };

function factsOf(input: VictimLetterInput): Facts {
  const { lang, breach, sender } = input;
  const names = breach.dataNames.map(inSentence);
  const list = names.length > 0 ? joinList(names, lang) : undefined;
  return {
    breach: breach.title,
    since: breach.knownSince
      ? lang === 'nl'
        ? ` Dit is bekend sinds ${formatDay(breach.knownSince, 'nl')}.`
        : ` This has been known since ${formatDay(breach.knownSince, 'en')}.`
      : '',
    data: list
      ? lang === 'nl'
        ? `Volgens uw informatie gaat het om deze gegevens: ${list}.`
        : `According to your information, these data were involved: ${list}.`
      : lang === 'nl'
        ? 'Ik weet niet precies welke gegevens van mij zijn gelekt.'
        : 'I do not know exactly which of my data leaked.',
    dataToAuthority: list
      ? lang === 'nl'
        ? `Volgens de informatie van ${breach.organisationName} gaat het om deze gegevens: ${list}.`
        : `According to the information from ${breach.organisationName}, these data were involved: ${list}.`
      : lang === 'nl'
        ? 'Ik weet niet precies welke gegevens van mij zijn gelekt.'
        : 'I do not know exactly which of my data leaked.',
    reference: sender.reference
      ? lang === 'nl'
        ? ` Mijn klantnummer of kenmerk is: ${sender.reference}.`
        : ` My customer number or reference is: ${sender.reference}.`
      : '',
  };
}

/**
 * Builds a letter a victim can send about a breach, in Dutch or English, from the breach's
 * public facts and what the victim filled in. Pure: it stores and logs nothing, and the same
 * input always gives the same letter.
 * @example buildVictimLetter({ kind: 'access_request', lang: 'nl', sender, breach, date: '2026-11-25' })
 */
export function buildVictimLetter(input: VictimLetterInput): VictimLetter {
  const facts = factsOf(input);
  const texts = builders[input.lang][input.kind](input, facts);
  const { sender } = input;
  return {
    kind: input.kind,
    lang: input.lang,
    ...texts,
    senderLines: [
      sender.name,
      sender.street,
      `${sender.postcode} ${sender.city}`.trim(),
      ...(sender.email ? [sender.email] : []),
    ].filter((line) => line !== ''),
    placeAndDate: `${sender.city ? `${sender.city}, ` : ''}${formatDay(input.date, input.lang)}`,
    signature: sender.name,
  };
}

/** The letter as plain text (CRLF-free, wrapped by the reader), for download or copying. */
export function victimLetterText(letter: VictimLetter): string {
  return [
    letter.senderLines.join('\n'),
    '',
    letter.recipientLines.join('\n'),
    '',
    letter.placeAndDate,
    '',
    letter.subject,
    '',
    letter.salutation,
    '',
    ...letter.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...letter.requests.map((request) => `- ${request}`),
    '',
    ...letter.closingParagraphs.flatMap((paragraph) => [paragraph, '']),
    letter.closing,
    '',
    '',
    letter.signature,
    '',
  ].join('\n');
}
