import type { Certainty } from '../breaches/vocabulary.ts';
import type { Lang, Localized } from '../i18n/lang.ts';
import { messages } from './messages.ts';
import type { SectionId } from './types.ts';

/** Section headings after the AP's four questions and the FTC model notice. */
export const sectionHeadings: Record<SectionId, Localized> = messages.sectionHeadings;

/** How the person's own data is introduced, worded by how sure the organisation is. */
export const dataIntro: Record<Certainty, Localized> = messages.dataIntro;

export const risksIntro: Localized = messages.lines.risksIntro;

/** Used when there is no name: neutral, never a gender. */
export const moreRisksLine: Localized = messages.lines.moreRisksLine;

export const neutralSalutation: Localized = messages.lines.neutralSalutation;
export const namedSalutation = (lang: Lang, name: string): string =>
  lang === 'nl' ? `Beste ${name},` : `Dear ${name},`;

export const genuineHeading: Localized = messages.lines.genuineHeading;

export const genuineIntro = (lang: Lang, organisation: string, channels: string | undefined): string =>
  lang === 'nl'
    ? `Criminelen doen zich soms voor als ${organisation}. ${channels ? `Wij nemen alleen zo contact met u op: ${channels}. ` : ''}Wij vragen u nooit om:`
    : `Criminals sometimes pretend to be ${organisation}. ${channels ? `We only contact you like this: ${channels}. ` : ''}We will never ask you for:`;

/** What a genuine message from the organisation never asks; the organisation can add more. */
export const neverAsks: readonly Localized[] = Object.values(messages.neverAsks);

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
export const allStepsLine: Localized = messages.lines.allStepsLine;

export const contactsIntro: Localized = messages.lines.contactsIntro;

export const moreContactsLine: Localized = messages.lines.moreContactsLine;

export const codeLabel: Localized = messages.lines.codeLabel;

export const codeInstructions = (lang: Lang, entryUrl: string): string =>
  lang === 'nl'
    ? `Scan de QR-code of ga naar ${entryUrl} en typ uw code. Daar ziet u welke gegevens van u zijn gelekt en wat u kunt doen. U ziet er ook dat deze brief echt van ons is. Geef de code aan niemand anders.`
    : `Scan the QR code or go to ${entryUrl} and type your code. There you see which of your information was leaked and what you can do. It also shows that this letter really is from us. Do not give the code to anyone else.`;

export const codeEmailInstructions = (lang: Lang, entryUrl: string): string =>
  lang === 'nl'
    ? `Ga zelf naar ${entryUrl} en typ daar uw code. Daar ziet u welke gegevens van u zijn gelekt en wat u kunt doen. Er staat bewust geen link met uw code in deze e-mail. Geef de code aan niemand anders.`
    : `Go to ${entryUrl} yourself and type your code there. There you see which of your information was leaked and what you can do. On purpose, this e-mail has no link with your code in it. Do not give the code to anyone else.`;

export const closing: Localized = messages.lines.closing;

export const metaLabels = messages.metaLabels;

export const pageLabels: Record<Lang, { page: string; of: string }> = {
  nl: { page: 'Pagina', of: 'van' },
  en: { page: 'Page', of: 'of' },
};
