import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';

// The filter form's own field kinds: a labelled select and a date input with its error.

/** A labelled select with one choice marked as chosen. */
export function select(
  page: PageContext,
  options: {
    id: string;
    name: string;
    label: string;
    value: string;
    choices: { value: string; label: string }[];
  },
): Html {
  return html`<div class="utrecht-form-field utrecht-form-field--select">
    <p class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="${options.id}">${options.label}</label>
    </p>
    <div class="utrecht-form-field__input">
      <select class="utrecht-select utrecht-select--html-select" id="${options.id}" name="${options.name}">
        ${options.choices.map(
          (choice) =>
            html`<option value="${choice.value}" ${choice.value === options.value ? html` selected` : ''}>
              ${choice.label}
            </option>`,
        )}
      </select>
    </div>
  </div>`;
}

/** A date input (`from` or `to`) with its error message linked when invalid. */
export function dateField(
  page: PageContext,
  id: string,
  name: 'from' | 'to',
  value: string,
  invalid: boolean,
): Html {
  return html`<div class="utrecht-form-field utrecht-form-field--text">
    <p class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="${id}">${page.t(`register.filter.${name}`)}</label>
    </p>
    ${
      invalid &&
      html`<p class="utrecht-form-field-error-message" id="${id}-error">
        ${page.t(`register.error.${name}`)}
      </p>`
    }
    <div class="utrecht-form-field__input">
      <input
        class="utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}"
        type="date"
        id="${id}"
        name="${name}"
        value="${value}"
        ${invalid ? html` aria-invalid="true" aria-describedby="${id}-error"` : ''}
      />
    </div>
  </div>`;
}
