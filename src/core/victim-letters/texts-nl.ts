import { authorityLines, organisationLines, type LetterTexts } from './letter-texts.ts';
import { formatDay } from './dates.ts';

/** The victim letters in Dutch, one per kind. */
export const nl: LetterTexts = {
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
