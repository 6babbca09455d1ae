import { earliestDay } from '../../../core/breaches/partial-date.ts';
import type { CountRevision } from '../../../core/breaches/breach.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext } from '../../page.ts';
import { formatCount, formatPartialDate } from './format.ts';

const WIDTH = 600;
const HEIGHT = 220;
const PAD = { left: 16, right: 16, top: 24, bottom: 28 };

/**
 * The count history as a small step chart: inline SVG, no script, no inline style (the page's
 * CSP allows none); dates only at both ends, so labels never overlap, colours from `currentColor` so a theme applies. The table beside it holds
 * the same figures; the chart's title and description say the change in words.
 */
export function countChart(page: PageContext, revisions: readonly CountRevision[]): Html | false {
  if (revisions.length < 2) return false;
  const { t, lang } = page;
  const days = revisions.map((r) => Date.parse(`${earliestDay(r.effectiveOn)}T00:00:00Z`));
  const first = Math.min(...days);
  const span = Math.max(1, Math.max(...days) - first);
  const top = Math.max(...revisions.map((r) => r.peopleAffected), 1);
  const x = (day: number) => PAD.left + ((day - first) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (count: number) => HEIGHT - PAD.bottom - (count / top) * (HEIGHT - PAD.top - PAD.bottom);
  let path = '';
  revisions.forEach((r, index) => {
    const px = x(days[index] ?? first).toFixed(1);
    const py = y(r.peopleAffected).toFixed(1);
    path += index === 0 ? `M${px} ${py}` : ` H${px} V${py}`;
  });
  const firstRevision = revisions[0];
  const last = revisions[revisions.length - 1];
  if (!firstRevision || !last) return false;
  const description = t('register.chart.description', {
    from: formatCount(lang, firstRevision.peopleAffected),
    fromDate: formatPartialDate(lang, firstRevision.effectiveOn),
    to: formatCount(lang, last.peopleAffected),
    toDate: formatPartialDate(lang, last.effectiveOn),
  });
  return html`<figure class="dlw-chart">
    <svg
      class="dlw-chart__svg"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="img"
      aria-labelledby="telling-grafiek-titel telling-grafiek-uitleg"
      focusable="false"
    >
      <title id="telling-grafiek-titel">${t('register.chart.title')}</title>
      <desc id="telling-grafiek-uitleg">${description}</desc>
      <line
        x1="${PAD.left}"
        y1="${HEIGHT - PAD.bottom}"
        x2="${WIDTH - PAD.right}"
        y2="${HEIGHT - PAD.bottom}"
        stroke="currentColor"
        stroke-width="1"
      />
      <path d="${path}" fill="none" stroke="currentColor" stroke-width="3" />
      ${revisions.map((r, index) => {
        const cx = x(days[index] ?? first);
        const cy = y(r.peopleAffected);
        const anchor = index === 0 ? 'start' : index === revisions.length - 1 ? 'end' : 'middle';
        return html`<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="5" fill="currentColor" />
          <text
            x="${cx.toFixed(1)}"
            y="${(cy - 10).toFixed(1)}"
            text-anchor="${anchor}"
            font-size="14"
            fill="currentColor"
          >
            ${formatCount(lang, r.peopleAffected)}
          </text>
          ${
            (index === 0 || index === revisions.length - 1) &&
            html`<text
              x="${cx.toFixed(1)}"
              y="${HEIGHT - 8}"
              text-anchor="${anchor}"
              font-size="13"
              fill="currentColor"
            >
              ${formatPartialDate(lang, r.effectiveOn)}
            </text>`
          }`;
      })}
    </svg>
    <figcaption class="nl-paragraph">${description}</figcaption>
  </figure>`;
}
