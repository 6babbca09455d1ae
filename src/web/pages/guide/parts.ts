import { html, type Html } from '../../html.ts';

/** Small building blocks shared by the guide's pages (NL Design System classes). */

export const h1 = (text: string | Html) => html`<h1 class="nl-heading nl-heading--level-1">${text}</h1>`;
export const h2 = (text: string | Html, id?: string) =>
  html`<h2 class="nl-heading nl-heading--level-2" ${id ? html` id="${id}"` : ''}>${text}</h2>`;
export const h3 = (text: string | Html, id?: string) =>
  html`<h3 class="nl-heading nl-heading--level-3" ${id ? html` id="${id}"` : ''}>${text}</h3>`;
export const p = (text: string | Html) => html`<p class="nl-paragraph">${text}</p>`;
export const lead = (text: string | Html) => html`<p class="nl-paragraph nl-paragraph--lead">${text}</p>`;
export const link = (href: string, text: string | Html) =>
  html`<a class="nl-link" href="${href}">${text}</a>`;

export function list(items: readonly (string | Html)[]): Html {
  return html`<ul class="utrecht-unordered-list">
    ${items.map((item) => html`<li class="utrecht-unordered-list__item">${item}</li>`)}
  </ul>`;
}

/** An alert box; `role` only for messages that appear after an action (errors, results). */
export function alert(
  type: 'info' | 'ok' | 'warning' | 'error',
  content: Html,
  options: { id?: string; role?: 'alert' | 'status'; autofocus?: boolean } = {},
): Html {
  return html`<div
    class="utrecht-alert utrecht-alert--${type}"
    ${options.id ? html` id="${options.id}" tabindex="-1"` : ''}${options.role ? html` role="${options.role}"` : ''}${
      options.id && options.autofocus ? html` autofocus` : ''
    }
  >
    <div class="utrecht-alert__content"><div class="utrecht-alert__message">${content}</div></div>
  </div>`;
}

/** A labelled text input with optional hint and error (Utrecht form field). */
export function textField(options: {
  id: string;
  name: string;
  label: string;
  value?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: string;
  type?: 'text' | 'email' | 'number' | 'date';
  multiline?: boolean;
  spellcheck?: boolean;
}): Html {
  const hintId = options.hint ? `${options.id}-hint` : undefined;
  const errorId = options.error ? `${options.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  const common = html` id="${options.id}"
  name="${options.name}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}${
    options.error ? html` aria-invalid="true"` : ''
  }${options.required ? html` required` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${
    options.spellcheck === false ? html` spellcheck="false" autocapitalize="characters"` : ''
  }`;
  const input = options.multiline
    ? html`<textarea class="utrecht-textarea utrecht-textarea--html-textarea" rows="5" ${common}>
${options.value ?? ''}</textarea>`
    : html`<input
        class="utrecht-textbox utrecht-textbox--html-input${options.error ? ' utrecht-textbox--invalid' : ''}"
        type="${options.type ?? 'text'}"
        ${common}${options.inputmode ? html` inputmode="${options.inputmode}"` : ''}
        value="${options.value ?? ''}"
      />`;
  return html`<div
    class="utrecht-form-field utrecht-form-field--text${options.error ? ' utrecht-form-field--invalid' : ''}"
  >
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="${options.id}">${options.label}</label>
    </div>
    ${hintId && html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${hintId}">${options.hint}</div>`}
    ${
      errorId &&
      html`<p class="utrecht-form-field-error-message" id="${errorId}">
        <span class="dlw-visually-hidden">${options.errorPrefix} </span>${options.error}
      </p>`
    }
    <div class="utrecht-form-field__input">${input}</div>
  </div>`;
}

/** A primary submit button. */
export function submit(
  text: string,
  options: { name?: string; value?: string; secondary?: boolean } = {},
): Html {
  return html`<button
    class="nl-button nl-button--${options.secondary ? 'secondary' : 'primary'}"
    type="submit"
    ${options.name ? html` name="${options.name}" value="${options.value ?? ''}"` : ''}
  >
    ${text}
  </button>`;
}
