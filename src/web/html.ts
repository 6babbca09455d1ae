import { escapeHtmlCharacters } from '../core/text/escape-html.ts';

/**
 * HTML with escaping by default. Every value interpolated into `html\`…\`` is escaped unless
 * it is itself an `Html` fragment (made by `html` or, for trusted markup only, `unsafeRaw`).
 * Arrays are joined; `null`, `undefined` and `false` render as nothing, so conditionals read
 * naturally: html`${isError && html`<p>…</p>`}`.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

/**
 * Characters that are never shown: C0 and C1 controls (except tab, line feed and carriage
 * return) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), with which a title such as "factuur\u202Efdp.exe" is displayed reversed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const hiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Escapes text for use in element content and in quoted attribute values, and drops the
 * invisible characters that could change how the text around them is read.
 */
export function escapeHtml(text: string): string {
  return escapeHtmlCharacters(text.replace(hiddenCharacters, ''));
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false || value === true) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  let out = '';
  for (const item of value) out += render(item);
  return out;
}

/**
 * Builds an escaped HTML fragment.
 * @example html`<p class="nl-paragraph">${userText}</p>`
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  for (let index = 0; index < values.length; index += 1) {
    out += render(values[index]) + (strings[index + 1] ?? '');
  }
  return new Html(out);
}

/**
 * Marks markup as safe without escaping. Only for markup the program itself produced (never
 * for data from people, files or the database).
 */
export function unsafeRaw(markup: string): Html {
  return new Html(markup);
}

/** Renders a value to a string (escaped unless it is an `Html` fragment). */
export function renderHtml(value: HtmlValue): string {
  return render(value);
}
