import { html, type Html } from '../html.ts';

/**
 * Building blocks for forms after the NL Design System form guidelines, rendered with the
 * Utrecht community components. Each field error is both next to its field and in the error
 * summary above the form.
 */

export interface SummaryError {
  /** The id of the field to jump to. */
  href: string;
  text: string;
}

/**
 * The error summary above a form: a heading and a link to each wrong field. `autofocus` moves
 * the focus to it when the page loads (HTML's own attribute, so it works without JavaScript).
 */
export function errorSummary(
  title: string,
  errors: SummaryError[],
  options: { autofocus?: boolean } = {},
): Html | false {
  if (errors.length === 0) return false;
  return html`<div
    class="utrecht-alert utrecht-alert--error dlw-error-summary"
    role="alert"
    aria-labelledby="error-summary-title"
    tabindex="-1"
    id="error-summary"
    ${options.autofocus ? html`autofocus` : ''}
  >
    <div class="utrecht-alert__content">
      <div class="utrecht-alert__message">
        <h2 class="nl-heading nl-heading--level-2" id="error-summary-title">${title}</h2>
        <ul class="utrecht-unordered-list">
          ${errors.map(
            (error) =>
              html`<li class="utrecht-unordered-list__item">
                <a class="nl-link" href="#${error.href}">${error.text}</a>
              </li>`,
          )}
        </ul>
      </div>
    </div>
  </div>`;
}

export interface Choice {
  id: string;
  value: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
}

/** One checkbox or radio button with its label and optional hint. */
export function choiceField(type: 'checkbox' | 'radio', name: string, choice: Choice): Html {
  const hintId = choice.hint ? `${choice.id}-hint` : undefined;
  const input =
    type === 'checkbox'
      ? html`<input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id="${choice.id}"
          name="${name}"
          value="${choice.value}"
          ${choice.checked ? html` checked` : ''}${hintId ? html` aria-describedby="${hintId}"` : ''}
        />`
      : html`<input
          class="utrecht-radio-button utrecht-radio-button--html-input"
          type="radio"
          id="${choice.id}"
          name="${name}"
          value="${choice.value}"
          ${choice.checked ? html` checked` : ''}${hintId ? html` aria-describedby="${hintId}"` : ''}
        />`;
  return html`<div
    class="utrecht-form-field utrecht-form-field--${type === 'checkbox' ? 'checkbox' : 'radio'}"
  >
    <div class="utrecht-form-field__input">${input}</div>
    <p class="utrecht-form-field__label">
      <label
        class="utrecht-form-label utrecht-form-label--${type === 'checkbox' ? 'checkbox' : 'radio'}"
        for="${choice.id}"
        >${choice.label}</label
      >
    </p>
    ${hintId && html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${hintId}">${choice.hint}</div>`}
  </div>`;
}

/** A fieldset with legend, optional hint and error, around a group of choices. */
export function fieldset(options: {
  id: string;
  legend: string;
  legendLevel?: 'page' | 'normal';
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  content: Html;
}): Html {
  const hintId = options.hint ? `${options.id}-hint` : undefined;
  const errorId = options.error ? `${options.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return html`<fieldset
    class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${options.error ? ' utrecht-form-fieldset--invalid' : ''}"
    id="${options.id}"
    ${describedBy ? html` aria-describedby="${describedBy}"` : ''}
  >
    <legend
      class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-fieldset__legend--distanced"
    >
      ${options.legend}
    </legend>
    ${hintId && html`<p class="utrecht-form-field-description" id="${hintId}">${options.hint}</p>`}
    ${errorId && html`<p class="utrecht-form-field-error-message" id="${errorId}"><span class="dlw-visually-hidden">${options.errorPrefix} </span>${options.error}</p>`}
    ${options.content}
  </fieldset>`;
}
