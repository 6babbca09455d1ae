import { formatDay } from '../../../core/victim-letters/index.ts';
import type { GenuineCheck } from '../../../use-cases/check-message-genuine.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { errorSummary } from '../form-parts.ts';
import { alert, h1, h2, lead, link, list, p, submit, textField } from './parts.ts';

/** What every real organisation's message leaves out; shown with every answer, found or not. */
function neverAsks(page: PageContext): Html {
  const { t } = page;
  return html`${h2(t('guide.genuine.neverTitle'), 'nooit')} ${p(t('guide.genuine.neverIntro'))}
  ${list([
    t('guide.genuine.never.password'),
    t('guide.genuine.never.pin'),
    t('guide.genuine.never.bank'),
    t('guide.genuine.never.pay'),
    t('guide.genuine.never.install'),
    t('guide.genuine.never.hurry'),
  ])}
  ${h2(t('guide.genuine.channelTitle'))} ${p(t('guide.genuine.channel'))}`;
}

function reportPhishing(page: PageContext): Html {
  const { t } = page;
  return html`${h2(t('guide.genuine.reportTitle'))}
  ${list([
    html`${t('guide.genuine.report.fraudehelpdesk')}
    ${link('https://www.fraudehelpdesk.nl', 'fraudehelpdesk.nl')}`,
    t('guide.genuine.report.forward'),
    t('guide.genuine.report.clicked'),
  ])}`;
}

/**
 * "Is this message genuine?": a form for a code, and the answer. A genuine code shows only the
 * breach, the organisation and the dates of the messages — nothing about the person.
 */
export function genuinePage(page: PageContext, check?: GenuineCheck, empty?: boolean): PageView {
  const { t, lang } = page;
  const fieldError = empty
    ? t('guide.code.empty')
    : check?.outcome === 'typo'
      ? `${t('guide.code.typo')} ${check.detail[lang]}`
      : undefined;
  let result: Html | false = false;
  if (check?.outcome === 'genuine') {
    result = alert(
      'ok',
      html`${h2(t('guide.genuine.yesTitle'))}
      ${p(t('guide.genuine.yes', { breach: check.breachTitle[lang], organisation: check.organisationName }))}
      ${check.sentOn.length > 0 && html`${p(t('guide.genuine.dates'))}${list(check.sentOn.map((day) => formatDay(day, lang)))}`}
      ${p(t('guide.genuine.yesCaution'))} ${p(link(page.href('/code'), t('guide.genuine.openPlan')))}`,
      { id: 'resultaat', role: 'status' },
    );
  } else if (check?.outcome === 'unknown') {
    result = alert(
      'warning',
      html`${h2(t('guide.genuine.noTitle'))} ${p(t('guide.genuine.no'))} ${reportPhishing(page)}`,
      { id: 'resultaat', role: 'status' },
    );
  }
  const title = t('guide.genuine.title');
  return {
    status: fieldError ? 400 : 200,
    title: fieldError ? `${t('plan.errorPrefix')} ${title}` : title,
    body: html`${fieldError && errorSummary(t('plan.errorSummary'), [{ href: 'code', text: fieldError }])}
      ${h1(title)} ${lead(t('guide.genuine.lead'))} ${result}
      <form method="post" action="${page.href('/echt')}" novalidate>
        ${textField({
          id: 'code',
          name: 'code',
          label: t('guide.genuine.label'),
          hint: t('guide.genuine.hint'),
          error: fieldError,
          errorPrefix: t('plan.errorPrefix'),
          autocomplete: 'off',
          spellcheck: false,
        })}
        ${submit(t('guide.genuine.submit'))}
      </form>
      ${neverAsks(page)} ${check?.outcome !== 'unknown' && reportPhishing(page)}`,
  };
}
