import type { Lang } from '../i18n/lang.ts';
import { inSentence, joinList } from '../plan/words.ts';
import { formatDay } from './dates.ts';
import type { VictimLetter, VictimLetterInput, VictimLetterKind } from './types.ts';

type Texts = (
  input: VictimLetterInput,
  facts: Facts,
) => Omit<VictimLetter, 'kind' | 'lang' | 'senderLines' | 'placeAndDate' | 'signature'>;

interface Facts {
  breach: string;
  data: string;
  /** The same, written to the authority: "according to the organisation's information". */
  dataToAuthority: string;
  since: string;
  reference: string;
}

/**
 * The organisation as addressee: its name, the department, and the privacy postal and e-mail
 * address from the breach record when the organisation gave them (one line per part of the
 * postal address, split at commas).
 */
function organisationLines(input: VictimLetterInput, attention: string): string[] {
  const contact = input.breach.privacyContact;
  const postal = (contact?.postalAddress ?? '')
    .split(',')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const email = contact?.email ? [`E-mail: ${contact.email}`] : [];
  return [input.breach.organisationName, attention, ...postal, ...email];
}

/** The Autoriteit Persoonsgegevens takes complaints through its website; we name no postal address we cannot verify. */
const authorityLines = ['Autoriteit Persoonsgegevens', 'autoriteitpersoonsgegevens.nl'];

const nl: Record<VictimLetterKind, Texts> = {
  access_request: (input, f) => ({
    title: 'Inzageverzoek (artikel 15 AVG)',
    recipientLines: organisationLines(input, 'T.a.v. de functionaris gegevensbescherming'),
    subject: `Inzageverzoek over het datalek: ${f.breach}`,
    salutation: 'Geachte heer, mevrouw,',
    paragraphs: [
      `U heeft laten weten dat er een datalek was: ${f.breach}.${f.since}`,
      `Ik wil weten welke gegevens u van mij heeft, en welke daarvan in het datalek zaten. Daarom vraag ik u om inzage, volgens artikel 15 van de Algemene verordening gegevensbescherming (AVG).${f.reference}`,
      'Ik vraag u mij het volgende te sturen:',
    ],
    requests: [
      'een kopie van alle persoonsgegevens die u van mij heeft;',
      'welke van mijn gegevens in het datalek zaten, en of die gegevens zeker of misschien zijn gelekt;',
      'waarvoor u mijn gegevens gebruikt;',
      'aan wie u mijn gegevens heeft gegeven, of wie ze heeft kunnen zien;',
      'hoe lang u mijn gegevens bewaart;',
      'van wie u mijn gegevens heeft gekregen, als u ze niet van mij zelf heeft.',
    ],
    closingParagraphs: [
      `${f.data}`,
      'Volgens de AVG moet u binnen één maand antwoorden. Dit is gratis. Heeft u meer informatie nodig om te weten wie ik ben? Laat het mij dan zo snel mogelijk weten.',
    ],
    closing: 'Met vriendelijke groet,',
  }),
  complaint_organisation: (input, f) => ({
    title: 'Klacht aan de organisatie',
    recipientLines: organisationLines(input, 'T.a.v. de afdeling klachten'),
    subject: `Klacht over het datalek: ${f.breach}`,
    salutation: 'Geachte heer, mevrouw,',
    paragraphs: [
      `Ik dien een klacht in over het datalek: ${f.breach}.${f.since}${f.reference}`,
      f.data,
      input.details
        ? `Dit is mijn klacht: ${input.details}`
        : 'Ik ben niet tevreden over hoe u mijn gegevens heeft beschermd, en over hoe u mij heeft geïnformeerd.',
      'Ik vraag u:',
    ],
    requests: [
      'mij uit te leggen wat er precies is gebeurd met mijn gegevens;',
      'mij te vertellen wat u doet om verdere schade te voorkomen;',
      'mij te laten weten wat u met mijn klacht doet.',
    ],
    closingParagraphs: [
      'Ik ontvang graag binnen vier weken een antwoord. Krijg ik geen antwoord, of ben ik niet tevreden? Dan kan ik een klacht indienen bij de Autoriteit Persoonsgegevens.',
    ],
    closing: 'Met vriendelijke groet,',
  }),
  complaint_authority: (input, f) => ({
    title: 'Klacht bij de Autoriteit Persoonsgegevens',
    recipientLines: authorityLines,
    subject: `Klacht over ${input.breach.organisationName}, datalek: ${f.breach}`,
    salutation: 'Geachte heer, mevrouw,',
    paragraphs: [
      `Ik dien een klacht in over ${input.breach.organisationName}. Mijn gegevens zaten in het datalek: ${f.breach}.${f.since}`,
      f.dataToAuthority,
      input.complainedOn
        ? `Ik heb op ${formatDay(input.complainedOn, 'nl')} een klacht ingediend bij ${input.breach.organisationName}.`
        : `Ik heb eerst een klacht ingediend bij ${input.breach.organisationName}.`,
      input.details
        ? `Dit is wat er daarna gebeurde: ${input.details}`
        : 'Ik heb geen antwoord gekregen, of het antwoord lost mijn klacht niet op.',
      'Ik vraag u:',
    ],
    requests: [
      `te onderzoeken of ${input.breach.organisationName} mijn gegevens goed heeft beschermd;`,
      'te onderzoeken of ik op tijd en duidelijk ben geïnformeerd;',
      'mij te laten weten wat u met mijn klacht doet.',
    ],
    closingParagraphs: [
      'Een kopie van mijn klacht aan de organisatie en het antwoord stuur ik mee, als ik die heb.',
    ],
    closing: 'Met vriendelijke groet,',
  }),
  damages_claim: (input, f) => ({
    title: 'Verzoek om schadevergoeding',
    recipientLines: organisationLines(input, 'T.a.v. de directie'),
    subject: `Schadevergoeding na het datalek: ${f.breach}`,
    salutation: 'Geachte heer, mevrouw,',
    paragraphs: [
      `Mijn gegevens zaten in het datalek: ${f.breach}.${f.since}${f.reference}`,
      f.data,
      'Volgens artikel 82 van de Algemene verordening gegevensbescherming (AVG) heeft iemand die schade lijdt door een overtreding van de AVG recht op vergoeding van die schade. Dat geldt voor materiële en immateriële schade.',
      input.details
        ? `Dit is mijn schade: ${input.details}`
        : 'Door het datalek heb ik schade. Ik beschrijf die hieronder of in een bijlage.',
      'Ik vraag u:',
    ],
    requests: [
      input.amount !== undefined
        ? `mij een schadevergoeding te betalen van € ${input.amount.toLocaleString('nl-NL')};`
        : 'mij een redelijke schadevergoeding te betalen;',
      'mij binnen vier weken te laten weten of u dit doet.',
    ],
    closingParagraphs: ['Ik bewaar bewijs van mijn schade, zoals bonnen, afschriften en berichten.'],
    closing: 'Met vriendelijke groet,',
  }),
};

const en: Record<VictimLetterKind, Texts> = {
  access_request: (input, f) => ({
    title: 'Access request (Article 15 GDPR)',
    recipientLines: organisationLines(input, 'For the attention of the Data Protection Officer'),
    subject: `Access request about the data breach: ${f.breach}`,
    salutation: 'Dear Sir or Madam,',
    paragraphs: [
      `You have announced a data breach: ${f.breach}.${f.since}`,
      `I want to know which personal data you hold about me, and which of them were in the breach. I therefore ask for access under Article 15 of the General Data Protection Regulation (GDPR).${f.reference}`,
      'Please send me:',
    ],
    requests: [
      'a copy of all personal data you hold about me;',
      'which of my data were in the breach, and whether that is certain or only possible;',
      'what you use my data for;',
      'to whom you gave my data, or who could see them;',
      'how long you keep my data;',
      'where you got my data from, if not from me.',
    ],
    closingParagraphs: [
      f.data,
      'Under the GDPR you must answer within one month, free of charge. If you need more information to confirm who I am, please tell me as soon as possible.',
    ],
    closing: 'Yours faithfully,',
  }),
  complaint_organisation: (input, f) => ({
    title: 'Complaint to the organisation',
    recipientLines: organisationLines(input, 'For the attention of the complaints department'),
    subject: `Complaint about the data breach: ${f.breach}`,
    salutation: 'Dear Sir or Madam,',
    paragraphs: [
      `I wish to complain about the data breach: ${f.breach}.${f.since}${f.reference}`,
      f.data,
      input.details
        ? `This is my complaint: ${input.details}`
        : 'I am not satisfied with how you protected my data, nor with how you informed me.',
      'I ask you:',
    ],
    requests: [
      'to explain what exactly happened to my data;',
      'to tell me what you are doing to prevent further harm;',
      'to let me know what you will do with my complaint.',
    ],
    closingParagraphs: [
      'I would like an answer within four weeks. If I get no answer, or I am not satisfied, I can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
    ],
    closing: 'Yours faithfully,',
  }),
  complaint_authority: (input, f) => ({
    title: 'Complaint to the Dutch Data Protection Authority',
    recipientLines: authorityLines,
    subject: `Complaint about ${input.breach.organisationName}, data breach: ${f.breach}`,
    salutation: 'Dear Sir or Madam,',
    paragraphs: [
      `I wish to complain about ${input.breach.organisationName}. My data were in the data breach: ${f.breach}.${f.since}`,
      f.dataToAuthority,
      input.complainedOn
        ? `On ${formatDay(input.complainedOn, 'en')} I complained to ${input.breach.organisationName}.`
        : `I first complained to ${input.breach.organisationName}.`,
      input.details
        ? `This is what happened next: ${input.details}`
        : 'I received no answer, or the answer does not resolve my complaint.',
      'I ask you:',
    ],
    requests: [
      `to investigate whether ${input.breach.organisationName} protected my data properly;`,
      'to investigate whether I was informed in time and clearly;',
      'to let me know what you will do with my complaint.',
    ],
    closingParagraphs: [
      'I enclose a copy of my complaint to the organisation and its answer, if I have them.',
    ],
    closing: 'Yours faithfully,',
  }),
  damages_claim: (input, f) => ({
    title: 'Claim for damages',
    recipientLines: organisationLines(input, 'For the attention of the management'),
    subject: `Compensation after the data breach: ${f.breach}`,
    salutation: 'Dear Sir or Madam,',
    paragraphs: [
      `My data were in the data breach: ${f.breach}.${f.since}${f.reference}`,
      f.data,
      'Under Article 82 of the General Data Protection Regulation (GDPR), anyone who suffers damage because of a breach of the GDPR has the right to compensation, for material and non-material damage.',
      input.details
        ? `This is my damage: ${input.details}`
        : 'The breach has caused me damage. I describe it below or in an attachment.',
      'I ask you:',
    ],
    requests: [
      input.amount !== undefined
        ? `to pay me compensation of € ${input.amount.toLocaleString('en-GB')};`
        : 'to pay me reasonable compensation;',
      'to let me know within four weeks whether you will do so.',
    ],
    closingParagraphs: ['I keep proof of my damage, such as receipts, statements and messages.'],
    closing: 'Yours faithfully,',
  }),
};

const builders: Record<Lang, Record<VictimLetterKind, Texts>> = { nl, en };

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
