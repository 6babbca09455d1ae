import type { Lang } from '../../../core/i18n/lang.ts';
import type { FieldError } from '../../../errors/catalogue.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext } from '../../page.ts';
import { choiceField, errorSummary, fieldset } from '../form-parts.ts';

/**
 * Form fields for the workspace. A field's name is the use case's dot path (`title.nl`,
 * `recipientGroups.0.count`) and its id that path with dashes (`title-nl`), so every field
 * error from a use case lands next to its field and in the summary without a mapping table.
 */

/** The values a form was sent with (or starts with): one string, or several for checkboxes. */
export type FormValues = Record<string, string | string[] | undefined>;

/** The element id for a dot path: `recipientGroups.0.count` → `recipientGroups-0-count`. */
export function fieldId(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/-+$/, '');
}

/** The first value of a field as text ('' when absent). */
export function valueOf(values: FormValues, name: string): string {
  const value = values[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** Every value of a field (for checkboxes). */
export function valuesOf(values: FormValues, name: string): string[] {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Field errors by field id: the first message for each field, in the page's language. */
export function errorsById(errors: FieldError[], lang: Lang, stripPrefix = ''): Map<string, string> {
  const byId = new Map<string, string>();
  for (const error of errors) {
    const path = error.path.startsWith(stripPrefix) ? error.path.slice(stripPrefix.length) : error.path;
    const id = fieldId(path);
    if (!byId.has(id)) byId.set(id, error.message[lang]);
  }
  return byId;
}

/**
 * The error summary for a workspace form; each link goes to `#field-id`, or to the field on
 * another page (`target#field-id`) when the problem is fixed there (publishing gaps).
 */
export function workspaceErrorSummary(
  page: PageContext,
  errors: Map<string, string>,
  target?: string,
): Html | false {
  const title = page.t('workspace.form.errorSummary');
  if (!target)
    return errorSummary(
      title,
      [...errors].map(([href, text]) => ({ href, text })),
    );
  if (errors.size === 0) return false;
  return html`<div
    class="utrecht-alert utrecht-alert--error dlw-error-summary"
    role="alert"
    aria-labelledby="error-summary-title"
    tabindex="-1"
    id="error-summary"
  >
    <div class="utrecht-alert__content">
      <div class="utrecht-alert__message">
        <h2 class="nl-heading nl-heading--level-2" id="error-summary-title">${title}</h2>
        <ul class="utrecht-unordered-list">
          ${[...errors].map(
            ([id, text]) =>
              html`<li class="utrecht-unordered-list__item">
                <a class="nl-link" href="${target}#${id}">${text}</a>
              </li>`,
          )}
        </ul>
      </div>
    </div>
  </div>`;
}

interface FieldOptions {
  name: string;
  label: string;
  values: FormValues;
  errors: Map<string, string>;
  hint?: string | undefined;
  optional?: boolean;
}

function labelText(page: PageContext, options: FieldOptions): string {
  return options.optional ? `${options.label} ${page.t('workspace.form.optional')}` : options.label;
}

function fieldWrapper(
  page: PageContext,
  options: FieldOptions,
  control: (ids: { id: string; describedBy: string; invalid: boolean }) => Html,
): Html {
  const id = fieldId(options.name);
  const error = options.errors.get(id);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return html`<div
    class="utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}"
  >
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="${id}">${labelText(page, options)}</label>
    </div>
    ${hintId && html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${hintId}">${options.hint}</div>`}
    ${errorId && html`<div class="utrecht-form-field-error-message" id="${errorId}"><span class="dlw-visually-hidden">${page.t('workspace.form.errorPrefix')} </span>${error}</div>`}
    <div class="utrecht-form-field__input">${control({ id, describedBy, invalid: Boolean(error) })}</div>
  </div>`;
}

/** A one-line text input. */
export function textField(
  page: PageContext,
  options: FieldOptions & {
    type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'date';
    autocomplete?: string;
    inputMode?: 'numeric';
  },
): Html {
  return fieldWrapper(
    page,
    options,
    ({ id, describedBy, invalid }) =>
      html`<input
        class="utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}"
        type="${options.type ?? 'text'}"
        id="${id}"
        name="${options.name}"
        value="${options.type === 'password' ? '' : valueOf(options.values, options.name)}"
        ${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}
        ${options.inputMode ? html` inputmode="${options.inputMode}"` : ''}
        ${describedBy ? html` aria-describedby="${describedBy}"` : ''}
        ${invalid ? html` aria-invalid="true"` : ''}
        ${options.optional ? '' : html` required`}
      />`,
  );
}

/** A multi-line text input. */
export function textArea(page: PageContext, options: FieldOptions & { rows?: number }): Html {
  return fieldWrapper(
    page,
    options,
    ({ id, describedBy, invalid }) =>
      html`<textarea
        class="utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}"
        id="${id}"
        name="${options.name}"
        rows="${options.rows ?? 4}"
        ${describedBy ? html` aria-describedby="${describedBy}"` : ''}
        ${invalid ? html` aria-invalid="true"` : ''}
        ${options.optional ? '' : html` required`}
      >
${valueOf(options.values, options.name)}</textarea>`,
  );
}

/** A drop-down list. */
export function selectField(
  page: PageContext,
  options: FieldOptions & { choices: { value: string; label: string }[] },
): Html {
  const current = valueOf(options.values, options.name);
  return fieldWrapper(
    page,
    options,
    ({ id, describedBy, invalid }) =>
      html`<select
        class="utrecht-select utrecht-select--html-select${invalid ? ' utrecht-select--invalid' : ''}"
        id="${id}"
        name="${options.name}"
        ${describedBy ? html` aria-describedby="${describedBy}"` : ''}
        ${invalid ? html` aria-invalid="true"` : ''}
      >
        ${options.choices.map(
          (choice) =>
            html`<option value="${choice.value}" ${choice.value === current ? html` selected` : ''}>
              ${choice.label}
            </option>`,
        )}
      </select>`,
  );
}

/**
 * A group of radio buttons or checkboxes in a fieldset. The fieldset carries the field's id,
 * so the error summary links to the group.
 */
export function choiceGroup(
  page: PageContext,
  options: FieldOptions & {
    type: 'radio' | 'checkbox';
    choices: { value: string; label: string; hint?: string | undefined }[];
    legendLevel?: 'page' | 'normal';
  },
): Html {
  const id = fieldId(options.name);
  const chosen = valuesOf(options.values, options.name);
  return fieldset({
    id,
    legend: labelText(page, options),
    hint: options.hint,
    error: options.errors.get(id),
    errorPrefix: page.t('workspace.form.errorPrefix'),
    content: html`<div class="dlw-choices">
      ${options.choices.map((choice) =>
        choiceField(options.type, options.name, {
          id: `${id}--${fieldId(choice.value)}`,
          value: choice.value,
          label: choice.label,
          hint: choice.hint,
          checked: chosen.includes(choice.value),
        }),
      )}
    </div>`,
  });
}

/** Yes / no as two radio buttons with values `yes` and `no`. */
export function yesNoField(page: PageContext, options: FieldOptions): Html {
  return choiceGroup(page, {
    ...options,
    type: 'radio',
    choices: [
      { value: 'yes', label: page.t('workspace.form.yes') },
      { value: 'no', label: page.t('workspace.form.no') },
    ],
  });
}

/** Hidden fields carrying values forward (the wizard's state between steps). */
export function hiddenFields(values: FormValues, names: readonly string[]): Html[] {
  return names.flatMap((name) =>
    valuesOf(values, name).map((value) => html`<input type="hidden" name="${name}" value="${value}" />`),
  );
}
