import {
  victimLetterKinds,
  victimLetterText,
  type VictimLetter,
  type VictimLetterKind,
} from '../../../core/victim-letters/index.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { choiceField, errorSummary, fieldset } from '../form-parts.ts';
import { alert, h1, h2, lead, link, list, p, submit, textField } from './parts.ts';

/** The letter form's fields; values are only echoed back into the form, never kept. */
export const letterFields = [
  'soort',
  'taal',
  'naam',
  'straat',
  'postcode',
  'plaats',
  'email',
  'kenmerk',
  'toelichting',
  'bedrag',
  'klachtdatum',
  'formaat',
] as const;
export type LetterField = (typeof letterFields)[number];

export interface LetterFormState {
  values: Partial<Record<LetterField, string>>;
  errors: { field: LetterField; message: MessageKey }[];
}

const kindKeys: Record<VictimLetterKind, { label: MessageKey; hint: MessageKey }> = {
  access_request: { label: 'guide.letters.kind.access', hint: 'guide.letters.kind.accessHint' },
  complaint_organisation: { label: 'guide.letters.kind.complaint', hint: 'guide.letters.kind.complaintHint' },
  complaint_authority: { label: 'guide.letters.kind.authority', hint: 'guide.letters.kind.authorityHint' },
  damages_claim: { label: 'guide.letters.kind.damages', hint: 'guide.letters.kind.damagesHint' },
};

const fieldAnchor: Record<LetterField, string> = {
  soort: 'soort-access_request',
  taal: 'taal-nl',
  formaat: 'formaat-pdf',
  naam: 'naam',
  straat: 'straat',
  postcode: 'postcode',
  plaats: 'plaats',
  email: 'email',
  kenmerk: 'kenmerk',
  toelichting: 'toelichting',
  bedrag: 'bedrag',
  klachtdatum: 'klachtdatum',
};

export interface LettersPageBreach {
  slug: string;
  title: string;
  organisationName: string;
  privacyContact?: { email: string | null; postalAddress: string | null } | null | undefined;
}

/** Where to send the letter (from the breach record), how, to keep a copy, and when an answer is due. */
function howToSend(page: PageContext, breach: LettersPageBreach): Html {
  const { t } = page;
  const organisation = breach.organisationName;
  const contact = breach.privacyContact;
  const ways = [
    contact?.email &&
      html`${t('guide.letters.sendEmail', { email: '' })}${link(`mailto:${contact.email}`, contact.email)}`,
    contact?.postalAddress && t('guide.letters.sendPost', { address: contact.postalAddress }),
  ].filter((way): way is Html | string => Boolean(way));
  return html`${h2(t('guide.letters.sendTitle'), 'versturen')}
  ${ways.length > 0 ? html`${p(t('guide.letters.sendTo', { organisation }))} ${list(ways)}` : p(t('guide.letters.sendUnknown', { organisation }))}
  ${p(t('guide.letters.sendHow'))} ${p(t('guide.letters.keepCopy'))} ${p(t('guide.letters.answerPeriod'))}`;
}

/** The letter as it will be downloaded, shown on the page first (its own words, no layout). */
function previewBlock(page: PageContext, letter: VictimLetter): Html {
  const { t } = page;
  return html`<section
    aria-labelledby="voorbeeld-titel"
    class="dlw-letter-preview"
    id="voorbeeld"
    tabindex="-1"
    autofocus
  >
    ${h2(t('guide.letters.previewTitle'), 'voorbeeld-titel')} ${p(t('guide.letters.previewNote'))}
    <div class="dlw-letter-preview__text" lang="${letter.lang}">${victimLetterText(letter)}</div>
  </section>`;
}

/**
 * Letters a victim can send about a breach, pre-filled. The name and address typed here are
 * used for one download and then forgotten: nothing is stored or logged.
 */
export function lettersPage(
  page: PageContext,
  breach: LettersPageBreach,
  state: LetterFormState,
  hidden: [string, string][],
  preview?: VictimLetter,
): PageView {
  const { t } = page;
  const value = (field: LetterField) => state.values[field];
  const errorOf = (field: LetterField) => {
    const found = state.errors.find((error) => error.field === field);
    return found ? t(found.message) : undefined;
  };
  const text = (
    field: LetterField,
    label: MessageKey,
    extra: Partial<Parameters<typeof textField>[0]> = {},
  ) =>
    textField({
      id: field,
      name: field,
      label: t(label),
      value: value(field),
      error: errorOf(field),
      errorPrefix: t('plan.errorPrefix'),
      ...extra,
    });
  const title = t('guide.letters.title');
  return {
    status: state.errors.length > 0 ? 400 : 200,
    title: state.errors.length > 0 ? `${t('plan.errorPrefix')} ${title}` : title,
    body: html`${errorSummary(
        t('plan.errorSummary'),
        state.errors.map((error) => ({ href: fieldAnchor[error.field], text: t(error.message) })),
      )}
      ${h1(title)} ${lead(html`${breach.title} — ${breach.organisationName}`)}
      ${preview && previewBlock(page, preview)} ${alert('info', p(t('guide.letters.notStored')))}
      ${h2(t('guide.letters.adviceTitle'))} ${p(t('guide.letters.adviceOrder'))}
      ${p(t('guide.letters.adviceDamages'))}
      ${p(html`${t('guide.letters.adviceHelp')} ${link('https://www.juridischloket.nl', 'juridischloket.nl')}`)}
      ${howToSend(page, breach)}
      <p class="nl-paragraph">${t('plan.requiredNote')}</p>
      <form method="post" action="${page.href('/brieven')}" novalidate>
        <input type="hidden" name="datalek" value="${breach.slug}" />
        ${hidden.map(([name, hiddenValue]) => html`<input type="hidden" name="${name}" value="${hiddenValue}" />`)}
        ${fieldset({
          id: 'soort',
          legend: t('guide.letters.kindLegend'),
          error: errorOf('soort'),
          errorPrefix: t('plan.errorPrefix'),
          content: html`<div class="dlw-choices">
            ${victimLetterKinds.map((kind) =>
              choiceField('radio', 'soort', {
                id: `soort-${kind}`,
                value: kind,
                label: t(kindKeys[kind].label),
                hint: t(kindKeys[kind].hint),
                checked: value('soort') === kind,
              }),
            )}
          </div>`,
        })}
        ${fieldset({
          id: 'afzender',
          legend: t('guide.letters.senderLegend'),
          errorPrefix: t('plan.errorPrefix'),
          content: html`${text('naam', 'guide.letters.name', { autocomplete: 'name' })}
          ${text('straat', 'guide.letters.street', { autocomplete: 'street-address' })}
          ${text('postcode', 'guide.letters.postcode', { autocomplete: 'postal-code' })}
          ${text('plaats', 'guide.letters.city', { autocomplete: 'address-level2' })}
          ${text('email', 'guide.letters.email', { autocomplete: 'email', type: 'email', hint: t('guide.letters.optional') })}
          ${text('kenmerk', 'guide.letters.reference', { hint: t('guide.letters.referenceHint') })}`,
        })}
        ${text('toelichting', 'guide.letters.details', { multiline: true, hint: t('guide.letters.detailsHint') })}
        ${text('klachtdatum', 'guide.letters.complainedOn', { type: 'date', hint: t('guide.letters.complainedOnHint') })}
        ${text('bedrag', 'guide.letters.amount', { inputmode: 'numeric', hint: t('guide.letters.amountHint') })}
        ${fieldset({
          id: 'taal',
          legend: t('guide.letters.langLegend'),
          errorPrefix: t('plan.errorPrefix'),
          content: html`<div class="dlw-choices">
            ${(['nl', 'en'] as const).map((lang) =>
              choiceField('radio', 'taal', {
                id: `taal-${lang}`,
                value: lang,
                label: t(lang === 'nl' ? 'guide.letters.langNl' : 'guide.letters.langEn'),
                checked: (value('taal') ?? page.lang) === lang,
              }),
            )}
          </div>`,
        })}
        ${fieldset({
          id: 'formaat',
          legend: t('guide.letters.formatLegend'),
          errorPrefix: t('plan.errorPrefix'),
          content: html`<div class="dlw-choices">
            ${(['pdf', 'txt'] as const).map((format) =>
              choiceField('radio', 'formaat', {
                id: `formaat-${format}`,
                value: format,
                label: t(format === 'pdf' ? 'guide.letters.formatPdf' : 'guide.letters.formatTxt'),
                checked: (value('formaat') ?? 'pdf') === format,
              }),
            )}
          </div>`,
        })}
        <div class="dlw-steps__form">
          ${submit(t('guide.letters.preview'), { name: 'actie', value: 'bekijken', secondary: true })}
          ${submit(t('guide.letters.submit'), { name: 'actie', value: 'downloaden' })}
        </div>
      </form>`,
  };
}
