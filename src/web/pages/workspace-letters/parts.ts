import type { Lang, Localized } from '../../../core/i18n/lang.ts';
import type { FieldFindings, VariantTexts } from '../../../core/letters/index.ts';
import type { LetterReadiness, VariantReadiness } from '../../../use-cases/check-letter-readiness.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext } from '../../page.ts';
import { paths } from '../workspace/common.ts';

/** The letters pages of a breach, in one place. */
export const letterPaths = {
  overview: (breachId: string) => `${paths.breach(breachId)}/brieven`,
  sender: (breachId: string) => `${paths.breach(breachId)}/brieven/afzender`,
  newVariant: (breachId: string) => `${paths.breach(breachId)}/brieven/varianten/nieuw`,
  variant: (breachId: string, id: string) =>
    `${paths.breach(breachId)}/brieven/varianten/${encodeURIComponent(id)}`,
  upload: (breachId: string) => `${paths.breach(breachId)}/brieven/ontvangers`,
  mapping: (breachId: string, uploadId: string) => `${paths.breach(breachId)}/brieven/ontvangers/${uploadId}`,
  round: (breachId: string, jobId: string) =>
    `${paths.breach(breachId)}/brieven/rondes/${encodeURIComponent(jobId)}`,
};

export const textFields = [
  'subject',
  'whatHappened',
  'consequences',
  'measures',
  'whatYouCanDo',
  'moreInformation',
] as const satisfies readonly (keyof VariantTexts)[];

export const textFieldKeys: Record<keyof VariantTexts, MessageKey> = {
  subject: 'letters.field.subject',
  whatHappened: 'letters.field.whatHappened',
  consequences: 'letters.field.consequences',
  measures: 'letters.field.measures',
  whatYouCanDo: 'letters.field.whatYouCanDo',
  moreInformation: 'letters.field.moreInformation',
};

/** The variant form field a completeness item belongs to, so the list can link to it. */
export const itemField: Record<string, keyof VariantTexts | 'categories' | undefined> = {
  subject: 'subject',
  what_happened: 'whatHappened',
  which_data: 'categories',
  consequences: 'consequences',
  measures: 'measures',
  what_you_can_do: 'whatYouCanDo',
};

/** The form field id of a text field: `texts-nl-subject`. */
export const textFieldId = (lang: Lang, field: keyof VariantTexts) => `texts-${lang}-${field}`;

const local = (page: PageContext, text: Localized) => text[page.lang];

/**
 * Plain-language findings for one field, shown right under it: what is hard to read and why,
 * with plainer words where the word list has them. Advice only; they never block sending.
 */
export function findingsBlock(
  page: PageContext,
  id: string,
  findings: FieldFindings | undefined,
): Html | false {
  if (!findings || findings.findings.length === 0) return false;
  return html`<div class="utrecht-alert utrecht-alert--warning dlw-findings" id="${id}-findings">
    <div class="utrecht-alert__content">
      <p class="utrecht-alert__message nl-paragraph">${page.t('letters.findings.title')}</p>
      <ul class="utrecht-unordered-list">
        ${findings.findings.map(
          (f) =>
            html`<li class="utrecht-unordered-list__item">
              <q>${f.excerpt}</q>: ${local(page, f.message)}
              ${f.suggestions?.length ? html` ${page.t('letters.findings.try')} ${f.suggestions.join(', ')}` : ''}
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}

/** Every item that still blocks one variant, each linked to its field on the variant page. */
export function variantMissingItems(page: PageContext, breachId: string, v: VariantReadiness): Html[] {
  const href = (anchor: string | undefined) =>
    `${page.href(letterPaths.variant(breachId, v.variant.id))}${anchor ? `#${anchor}` : ''}`;
  const items: Html[] = v.report.missing.map((m) => {
    const field = itemField[m.item];
    const anchor =
      field === 'categories' ? 'categories' : field && m.lang ? textFieldId(m.lang, field) : undefined;
    const inVariant = field !== undefined;
    return html`<li class="utrecht-unordered-list__item" data-item="${m.item}">
      ${inVariant ? html`<a class="nl-link" href="${href(anchor)}">${local(page, m.message)}</a>` : local(page, m.message)}
    </li>`;
  });
  for (const p of v.report.placeholders)
    items.push(
      html`<li class="utrecht-unordered-list__item" data-item="placeholder">
        <a class="nl-link" href="${href(textFieldId(p.lang, p.field))}">${local(page, p.message)}</a>
      </li>`,
    );
  return items;
}

/**
 * The readiness of all letters: a green "ready" or a red list of everything that blocks
 * sending, grouped by variant. `id="readiness"` so other pages can link to it.
 */
export function readinessBox(page: PageContext, readiness: LetterReadiness): Html {
  const { t } = page;
  const breachId = readiness.breach.id;
  if (readiness.ready)
    return html`<div class="utrecht-alert utrecht-alert--ok" id="readiness">
      <div class="utrecht-alert__content">
        <p class="utrecht-alert__message nl-paragraph">${t('letters.readiness.ready')}</p>
      </div>
    </div>`;
  return html`<div class="utrecht-alert utrecht-alert--error" id="readiness">
    <div class="utrecht-alert__content">
      <h2 class="nl-heading nl-heading--level-2">${t('letters.readiness.blocked')}</h2>
      <ul class="utrecht-unordered-list">
        ${readiness.blockers.map(
          (b) =>
            html`<li class="utrecht-unordered-list__item" data-item="${b.id}">
              ${
                b.id === 'sender_missing'
                  ? html`<a class="nl-link" href="${page.href(letterPaths.sender(breachId))}"
                      >${local(page, b.message)}</a
                    >`
                  : b.id === 'no_variants'
                    ? html`<a class="nl-link" href="${page.href(letterPaths.newVariant(breachId))}"
                        >${local(page, b.message)}</a
                      >`
                    : local(page, b.message)
              }
            </li>`,
        )}
      </ul>
      ${readiness.variants
        .filter((v) => !v.report.ready)
        .map(
          (v) =>
            html`<h3 class="nl-heading nl-heading--level-3">
                ${t('letters.readiness.variant', { group: v.variant.group })}
              </h3>
              <ul class="utrecht-unordered-list">
                ${variantMissingItems(page, breachId, v)}
              </ul>`,
        )}
    </div>
  </div>`;
}

/** What the latest assessment adds: notes and likely consequences. */
export function assessmentAdvice(page: PageContext, readiness: LetterReadiness): Html | false {
  const advice = readiness.assessment;
  if (advice.notes.length === 0 && advice.consequences.length === 0) return false;
  return html`<div class="utrecht-alert utrecht-alert--info" id="assessment-advice">
    <div class="utrecht-alert__content">
      ${advice.notes.map((n) => html`<p class="nl-paragraph">${local(page, n)}</p>`)}
      ${
        advice.consequences.length > 0 &&
        html`<p class="nl-paragraph">${page.t('letters.assessment.consequences')}</p>
          <ul class="utrecht-unordered-list">
            ${advice.consequences.map((c) => html`<li class="utrecht-unordered-list__item">${local(page, c)}</li>`)}
          </ul>`
      }
    </div>
  </div>`;
}

/** "Stap 2 van 3" as text, above the heading of each step. */
export function stepText(page: PageContext, step: number, of: number): Html {
  return html`<p class="nl-paragraph dlw-step">${page.t('letters.step', { step, of })}</p>`;
}
