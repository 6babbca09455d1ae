import type { OrganisationRole } from '../../../core/access/actor.ts';
import type { BreachStatus } from '../../../core/breaches/vocabulary.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext } from '../../page.ts';

export const statusKeys: Record<BreachStatus, MessageKey> = {
  draft: 'workspace.status.draft',
  published: 'workspace.status.published',
  closed: 'workspace.status.closed',
};

export const roleKeys: Record<OrganisationRole, MessageKey> = {
  owner: 'workspace.role.owner',
  editor: 'workspace.role.editor',
  viewer: 'workspace.role.viewer',
};

/** A status as a badge; the text says it, the colour only repeats it. */
export function statusBadge(page: PageContext, status: BreachStatus): Html {
  const tone = status === 'published' ? 'safe' : status === 'closed' ? 'neutral' : 'warning';
  return html`<span class="utrecht-status-badge utrecht-status-badge--${tone}"
    >${page.t(statusKeys[status])}</span
  >`;
}

/** A number in the page's language: 941.000 or 941,000. */
export function formatNumber(page: PageContext, value: number): string {
  return value.toLocaleString(page.lang === 'nl' ? 'nl-NL' : 'en-GB');
}

/** Heading levels used across the workspace. */
export function h1(text: string | Html): Html {
  return html`<h1 class="nl-heading nl-heading--level-1">${text}</h1>`;
}
export function h2(text: string | Html, id?: string): Html {
  return html`<h2 class="nl-heading nl-heading--level-2" ${id ? html` id="${id}"` : ''}>${text}</h2>`;
}
export function h3(text: string | Html): Html {
  return html`<h3 class="nl-heading nl-heading--level-3">${text}</h3>`;
}
export function paragraph(text: string | Html): Html {
  return html`<p class="nl-paragraph">${text}</p>`;
}
export function link(href: string, text: string | Html): Html {
  return html`<a class="nl-link" href="${href}">${text}</a>`;
}

/** A definition list of label–value pairs; empty values show "not filled in". */
export function facts(page: PageContext, rows: [string, string | Html | null | undefined][]): Html {
  return html`<dl class="dlw-facts">
    ${rows.map(
      ([label, value]) =>
        html`<dt>${label}</dt>
          <dd>
            ${value === null || value === undefined || value === '' ? page.t('workspace.common.empty') : value}
          </dd>`,
    )}
  </dl>`;
}

/** A table of `rows`, or the paragraph `empty` when there are none. */
export function tableOr(empty: string, caption: string, headers: string[], rows: (string | Html)[][]): Html {
  return rows.length === 0 ? paragraph(empty) : table(caption, headers, rows);
}

/** A simple table with a caption, header row and body rows. */
export function table(caption: string, headers: string[], rows: (string | Html)[][]): Html {
  return html`<table class="utrecht-table utrecht-table--html-table">
    <caption class="utrecht-table__caption">
      ${caption}
    </caption>
    <thead class="utrecht-table__header">
      <tr class="utrecht-table__row">
        ${headers.map((header) => html`<th class="utrecht-table__header-cell" scope="col">${header}</th>`)}
      </tr>
    </thead>
    <tbody class="utrecht-table__body">
      ${rows.map(
        (row) =>
          html`<tr class="utrecht-table__row">
            ${row.map((cell) => html`<td class="utrecht-table__cell">${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** A notice after a redirect ("saved"), as a polite status message. */
export function notice(text: string | undefined): Html | false {
  if (!text) return false;
  return html`<div class="utrecht-alert utrecht-alert--ok" role="status">
    <div class="utrecht-alert__content"><p class="utrecht-alert__message nl-paragraph">${text}</p></div>
  </div>`;
}

/** The workspace paths, in one place. */
export const paths = {
  dashboard: '/werkruimte',
  breach: (id: string) => `/werkruimte/datalekken/${encodeURIComponent(id)}`,
  organisation: (id: string) => `/werkruimte/organisaties/${encodeURIComponent(id)}`,
};
