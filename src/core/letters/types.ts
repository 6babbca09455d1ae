import type { Certainty } from '../breaches/vocabulary.ts';
import type { Lang, Localized } from '../i18n/lang.ts';

/** The organisation's own words for one variant and one language. Placeholders: `{name}` etc. */
export interface VariantTexts {
  /** Title of the letter and subject of the e-mail. */
  subject: string;
  /** What happened: the nature of the breach in plain words (Art. 34(2); AP question 1). */
  whatHappened: string;
  /** The likely consequences for the person (Art. 34(2); AP question 2). */
  consequences: string;
  /** Measures taken or proposed, including what limits the harm (Art. 34(2); AP question 3). */
  measures: string;
  /** The organisation's own opening of "what you can do" (AP question 4). */
  whatYouCanDo: string;
  /** Optional extra paragraph under "more information". */
  moreInformation?: string;
}

/** One letter variant: the texts for one recipient group (e.g. confirmed, possibly affected). */
export interface LetterVariant {
  id: string;
  /** The recipient group this variant is for, as named in the recipients file. */
  group: string;
  certainty: Certainty;
  /** The kinds of data (category ids) involved for this group; a person's own list wins. */
  categories: readonly string[];
  texts: Partial<Record<Lang, VariantTexts>>;
}

/** The DPO or other contact point the GDPR requires to be named (Art. 34(2) with 33(3)(b)). */
export interface ContactPoint {
  name: string;
  phone?: string;
  email?: string;
  website?: string;
}

/** Who sends the letters. */
export interface LetterOrganisation {
  name: string;
  /** Postal address lines of the sender, printed as the return address. */
  addressLines: readonly string[];
  contact: ContactPoint;
  /** A phone line for people with questions about this breach. */
  helpline?: { phone: string; hours?: Localized };
  /** Public website (without https://), e.g. `bvo-nl.example`. */
  website?: string;
  /** How the organisation contacts people, e.g. "by letter and from @bvo.nl e-mail addresses". */
  channels?: Localized;
  /** Extra things the organisation will never ask for, added to the standard list. */
  neverAsks?: readonly Localized[];
  signatory: { name: string; role?: Localized };
}

/** The facts shared by every letter of one mailing round. */
export interface LetterContext {
  breachId: string;
  breachTitle: Localized;
  organisation: LetterOrganisation;
  /** Where the personal page lives: codes open `<baseUrl>/c/<CODE>`. */
  baseUrl: string;
  /** Letter date, `YYYY-MM-DD`, given by the caller (the core has no clock). */
  date: string;
  /** Mailing round: 1 for the first warning, 2 and on for follow-ups. */
  round: number;
  /** Shown before the row number in the reference, e.g. `DL-2026-014`. */
  referencePrefix: string;
}

/** One person to write to, as the pipeline hands them over after import. */
export interface LetterRecipient {
  /** Row number in the recipients file: the stable key for reruns and the manifest. */
  row: number;
  name: string;
  /** A salutation the person chose, used exactly as given. Never guessed. */
  salutation?: string;
  addressLines: readonly string[];
  email?: string;
  lang: Lang;
  /** The person's own certainty; defaults to the variant's. */
  certainty?: Certainty;
  /** The person's own kinds of data (category ids); defaults to the variant's. */
  categories?: readonly string[];
  /** The personal code, canonical (see core/codes). */
  code: string;
}

export type SectionId =
  'what_happened' | 'your_data' | 'what_it_means' | 'what_we_do' | 'what_you_can_do' | 'more_information';

export type LetterBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: readonly { text: string; details?: readonly string[] }[] };

export interface LetterSection {
  id: SectionId;
  heading: string;
  blocks: readonly LetterBlock[];
}

/** A finished letter as data: every output (PDF, e-mail, web history) renders this. */
export interface Letter {
  lang: Lang;
  breachId: string;
  variantId: string;
  row: number;
  round: number;
  certainty: Certainty;
  categories: readonly string[];
  title: string;
  sender: { name: string; returnAddress: string; addressLines: readonly string[] };
  recipient: { name: string; addressLines: readonly string[] };
  /** Labels and values for the date and reference lines. */
  meta: readonly { label: string; value: string }[];
  salutation: string;
  sections: readonly LetterSection[];
  closing: string;
  signature: { name: string; role?: string; organisation: string };
  code: {
    value: string;
    display: string;
    url: string;
    entryUrl: string;
    label: string;
    /** For paper: scan the QR code or type the code at the entry address. */
    instructions: string;
    /** For e-mail: no link with the code in it, type it at the entry address yourself. */
    emailInstructions: string;
  };
  footer: { page: string; of: string };
}
