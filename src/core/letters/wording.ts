import type { Certainty } from '../breaches/vocabulary.ts';
import type { Lang, Localized } from '../i18n/lang.ts';
import type { SectionId } from './types.ts';

/** Section headings after the AP's four questions and the FTC model notice. */
export const sectionHeadings: Record<SectionId, Localized> = {
  what_happened: { nl: 'Wat is er gebeurd?', en: 'What happened?' },
  your_data: { nl: 'Welke gegevens van u?', en: 'What information of yours was involved?' },
  what_it_means: { nl: 'Wat betekent dit voor u?', en: 'What does this mean for you?' },
  what_we_do: { nl: 'Wat doen wij?', en: 'What we are doing' },
  what_you_can_do: { nl: 'Wat kunt u zelf doen?', en: 'What you can do' },
  more_information: { nl: 'Meer informatie', en: 'For more information' },
};

/** How the person's own data is introduced, worded by how sure the organisation is. */
export const dataIntro: Record<Certainty, Localized> = {
  confirmed: {
    nl: 'Wij weten zeker dat deze gegevens van u zijn gelekt:',
    en: 'We know for certain that this information of yours was leaked:',
  },
  possibly: {
    nl: 'Misschien zijn deze gegevens van u gelekt. Dat weten we nog niet zeker. Het gaat om:',
    en: 'This information of yours may have been leaked. We do not know for certain yet. It is:',
  },
  not_affected: {
    nl: 'Voor zover wij nu weten, zijn uw gegevens niet gelekt. Wij hebben wel deze gegevens van u:',
    en: 'As far as we know now, your information was not leaked. We do hold this information of yours:',
  },
};

export const risksIntro: Localized = {
  nl: 'Door de gelekte gegevens loopt u vooral deze risico’s:',
  en: 'Because of the leaked information, these are your main risks:',
};

/** Used when there is no name: neutral, never a gender. */
export const moreRisksLine: Localized = {
  nl: 'Op uw persoonlijke pagina staan alle risico’s voor u, en waarom.',
  en: 'Your personal page shows all risks for you, and why.',
};

export const neutralSalutation: Localized = { nl: 'Beste lezer,', en: 'Dear reader,' };
export const namedSalutation = (lang: Lang, name: string): string =>
  lang === 'nl' ? `Beste ${name},` : `Dear ${name},`;

export const genuineHeading: Localized = {
  nl: 'Zo herkent u een echt bericht van ons',
  en: 'How to recognise a genuine message from us',
};

export const genuineIntro = (lang: Lang, organisation: string, channels: string | undefined): string =>
  lang === 'nl'
    ? `Criminelen doen zich soms voor als ${organisation}. ${channels ? `Wij nemen alleen zo contact met u op: ${channels}. ` : ''}Wij vragen u nooit om:`
    : `Criminals sometimes pretend to be ${organisation}. ${channels ? `We only contact you like this: ${channels}. ` : ''}We will never ask you for:`;

/** What a genuine message from the organisation never asks; the organisation can add more. */
export const neverAsks: readonly Localized[] = [
  { nl: 'uw wachtwoord, pincode of inlogcodes', en: 'your password, PIN or login codes' },
  { nl: 'uw persoonlijke code uit deze brief', en: 'the personal code in this letter' },
  { nl: 'geld over te maken of iets te betalen', en: 'money, or to make a payment' },
  {
    nl: 'een app te installeren of iemand op uw computer te laten',
    en: 'to install an app or let someone onto your computer',
  },
  { nl: 'een kopie van uw identiteitsbewijs', en: 'a copy of your identity document' },
];

export const doubtLine = (lang: Lang, phone: string | undefined, website: string | undefined): string => {
  const own = phone ?? website;
  if (lang === 'nl') {
    return own
      ? `Twijfelt u? Neem dan zelf contact met ons op via ${own}. Gebruik nooit het nummer of de link uit een bericht.`
      : 'Twijfelt u? Neem dan zelf contact met ons op. Gebruik nooit het nummer of de link uit een bericht.';
  }
  return own
    ? `In doubt? Contact us yourself at ${own}. Never use the number or link in a message.`
    : 'In doubt? Contact us yourself. Never use the number or link in a message.';
};

export const helplineLine = (lang: Lang, phone: string, hours: string | undefined): string =>
  lang === 'nl'
    ? `Hebt u vragen? Bel onze hulplijn: ${phone}${hours ? ` (${hours})` : ''}.`
    : `Questions? Call our helpline: ${phone}${hours ? ` (${hours})` : ''}.`;

export const contactPointLine = (lang: Lang, name: string, ways: string): string =>
  lang === 'nl'
    ? `Contactpunt voor privacy: ${name}, ${ways}.`
    : `Contact point for privacy: ${name}, ${ways}.`;

/** Under the actions: a letter names each step briefly; the personal page explains them all. */
export const allStepsLine: Localized = {
  nl: 'Op uw persoonlijke pagina staat bij elke stap wat u precies moet doen.',
  en: 'Your personal page tells you exactly what to do for each step.',
};

export const contactsIntro: Localized = {
  nl: 'Ook deze organisaties kunnen u helpen:',
  en: 'These organisations can help you too:',
};

export const moreContactsLine: Localized = {
  nl: 'Op uw persoonlijke pagina staan nog meer organisaties die u kunnen helpen.',
  en: 'Your personal page lists more organisations that can help you.',
};

export const codeLabel: Localized = { nl: 'Uw persoonlijke code', en: 'Your personal code' };

export const codeInstructions = (lang: Lang, entryUrl: string): string =>
  lang === 'nl'
    ? `Scan de QR-code of ga naar ${entryUrl} en typ uw code. Daar ziet u welke gegevens van u zijn gelekt en wat u kunt doen. U ziet er ook dat deze brief echt van ons is. Geef de code aan niemand anders.`
    : `Scan the QR code or go to ${entryUrl} and type your code. There you see which of your information was leaked and what you can do. It also shows that this letter really is from us. Do not give the code to anyone else.`;

export const codeEmailInstructions = (lang: Lang, entryUrl: string): string =>
  lang === 'nl'
    ? `Ga zelf naar ${entryUrl} en typ daar uw code. Daar ziet u welke gegevens van u zijn gelekt en wat u kunt doen. Er staat bewust geen link met uw code in deze e-mail. Geef de code aan niemand anders.`
    : `Go to ${entryUrl} yourself and type your code there. There you see which of your information was leaked and what you can do. On purpose, this e-mail has no link with your code in it. Do not give the code to anyone else.`;

export const closing: Localized = { nl: 'Met vriendelijke groet,', en: 'Kind regards,' };

export const metaLabels = {
  date: { nl: 'Datum', en: 'Date' },
  reference: { nl: 'Ons kenmerk', en: 'Our reference' },
} as const satisfies Record<string, Localized>;

export const pageLabels: Record<Lang, { page: string; of: string }> = {
  nl: { page: 'Pagina', of: 'van' },
  en: { page: 'Page', of: 'of' },
};
