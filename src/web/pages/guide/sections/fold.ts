import { html, type Html } from '../../../html.ts';

/** A folded section: a `<details>` whose summary is the section's heading (works without script). */
export function fold(id: string, title: string, body: Html, open: boolean): Html {
  return html`<details class="dlw-fold" id="${id}" ${open ? html`open` : ''}>
    <summary class="dlw-fold__summary">
      <h2 class="nl-heading nl-heading--level-2 dlw-fold__title">${title}</h2>
    </summary>
    <div class="dlw-fold__body">${body}</div>
  </details>`;
}
