import { authorityLines, organisationLines, type LetterTexts } from './letter-texts.ts';
import { formatDay } from './dates.ts';

/** The victim letters in English, one per kind. */
export const en: LetterTexts = {
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
