import type { GuideView } from '../../../guide/guide-service.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { alert, h3, p } from '../parts.ts';

// What the breach means for this person: each risk with its level and why.

const levelTone = (level: string) =>
  level === 'high' || level === 'very_high' ? 'danger' : level === 'medium' ? 'warning' : 'neutral';

/** The plan's summary and notes, then each risk with its level. */
export function risksBody(page: PageContext, view: GuideView): Html {
  const { plan } = view;
  return html`${p(plan.summary)} ${plan.notes.map((note) => alert('info', p(note)))}
  ${
    plan.risks.length === 0
      ? p(page.t('guide.risks.none'))
      : plan.risks.map(
          (risk) =>
            html`${h3(
              html`${risk.name}
                <span
                  class="utrecht-status-badge utrecht-status-badge--${levelTone(risk.level)} dlw-risk-level"
                  >${risk.levelLabel}</span
                >`,
            )}
            ${p(risk.description)} ${p(html`<em>${risk.why}</em>`)}`,
        )
  }`;
}
