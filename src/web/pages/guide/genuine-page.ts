import type { MessagePart } from '../../../core/codes/read-message-input.ts';
import { formatDay } from '../../../core/victim-letters/index.ts';
import type { GenuineCheck, SentMessage } from '../../../use-cases/check-message-genuine.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { errorSummary } from '../form-parts.ts';
import { alert, h1, h2, lead, link, list, p, submit, textField } from './parts.ts';

/** Who to call about fraud: the Fraudehelpdesk, with the number from the knowledge base. */
export interface FraudHelp {
  phone?: string | undefined;
  hours?: string | undefined;
}

/** What every real organisation's message leaves out, and banks too; shown with every answer. */
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
  ${p(t('guide.genuine.banksToo'))} ${h2(t('guide.genuine.channelTitle'), 'zelf-bellen')}
  ${p(t('guide.genuine.channel'))}`;
}

function reportPhishing(page: PageContext, fraud: FraudHelp): Html {
  const { t } = page;
  return html`${h2(t('guide.genuine.reportTitle'))}
  ${list([
    html`${t('guide.genuine.report.fraudehelpdesk')}
    ${link('https://www.fraudehelpdesk.nl', 'fraudehelpdesk.nl')}${
      fraud.phone &&
      html`, ${t('guide.genuine.report.phone')}
      ${link(`tel:${fraud.phone.replace(/[^\d+]/g, '')}`, fraud.phone)}${fraud.hours && html` (${fraud.hours})`}`
    }`,
    t('guide.genuine.report.forward'),
    t('guide.genuine.report.clicked'),
  ])}`;
}

const partKeys: Record<MessagePart, MessageKey> = {
  link: 'guide.genuine.part.link',
  phone: 'guide.genuine.part.phone',
  email: 'guide.genuine.part.email',
  text: 'guide.genuine.part.text',
};

function sentLine(page: PageContext, message: SentMessage): string {
  const date = formatDay(message.sentOn, page.lang);
  return message.channel === 'pdf'
    ? page.t('guide.genuine.sentLetter', { date })
    : page.t('guide.genuine.sentEmail', { date });
}

function genuineResult(page: PageContext, check: Extract<GenuineCheck, { outcome: 'genuine' }>): Html {
  const { t, lang } = page;
  const channels = new Set(check.sent.map((m) => (m.channel === 'pdf' ? 'letter' : 'email')));
  const only =
    channels.size === 1 && channels.has('letter')
      ? 'guide.genuine.onlyLetter'
      : channels.size === 1
        ? 'guide.genuine.onlyEmail'
        : 'guide.genuine.letterAndEmail';
  return html`${h2(t('guide.genuine.yesTitle'))} ${check.inText && p(t('guide.genuine.foundInText'))}
  ${p(t('guide.genuine.yes', { breach: check.breachTitle[lang], organisation: check.organisationName }))}
  ${check.sent.length > 0 && html`${p(t('guide.genuine.dates'))}${list(check.sent.map((m) => sentLine(page, m)))}`}
  ${check.sent.length > 0 && p(html`<strong>${t(only)}</strong>`)} ${p(t('guide.genuine.yesCaution'))}
  ${check.helplinePhone && p(html`${t('guide.genuine.callOrganisation', { organisation: check.organisationName })} ${link(`tel:${check.helplinePhone.replace(/[^\d+]/g, '')}`, check.helplinePhone)}`)}
  ${p(link(page.href('/code'), t('guide.genuine.openPlan')))}`;
}

function noCodeResult(page: PageContext, check: Extract<GenuineCheck, { outcome: 'no_code' }>): Html {
  const { t } = page;
  return html`${h2(t('guide.genuine.noCodeTitle'))} ${p(t('guide.genuine.noCodeSeen'))}
  ${list(check.parts.map((part) => t(partKeys[part])))}
  ${check.linkHosts.length > 0 && p(t('guide.genuine.linkHosts', { hosts: check.linkHosts.join(', ') }))}
  ${p(t('guide.genuine.noCode'))} ${p(link('#nooit', t('guide.genuine.noCodeNever')))}`;
}

/**
 * "Is this message genuine?": a field for what someone got — the whole message text, a link, a
 * phone number, an e-mail address or only the code — and the answer. A genuine code shows only
 * the breach, the organisation and when and how messages with it were sent; nothing personal.
 */
export function genuinePage(
  page: PageContext,
  fraud: FraudHelp,
  check?: GenuineCheck,
  empty?: boolean,
): PageView {
  const { t, lang } = page;
  const fieldError = empty
    ? t('guide.genuine.empty')
    : check?.outcome === 'typo'
      ? check.fromLink
        ? t('guide.code.qrProblem')
        : `${t('guide.code.typo')} ${check.detail[lang]}`
      : undefined;
  const result =
    check?.outcome === 'genuine'
      ? alert('ok', genuineResult(page, check), { id: 'resultaat', role: 'status', autofocus: true })
      : check?.outcome === 'unknown'
        ? alert(
            'warning',
            html`${h2(t('guide.genuine.noTitle'))} ${check.inText && p(t('guide.genuine.foundInText'))}
            ${p(t('guide.genuine.no'))} ${reportPhishing(page, fraud)}`,
            {
              id: 'resultaat',
              role: 'status',
              autofocus: true,
            },
          )
        : check?.outcome === 'no_code'
          ? alert('warning', noCodeResult(page, check), { id: 'resultaat', role: 'status', autofocus: true })
          : false;
  const title = t('guide.genuine.title');
  return {
    status: fieldError ? 400 : 200,
    title: fieldError ? `${t('plan.errorPrefix')} ${title}` : title,
    body: html`${fieldError && errorSummary(t('plan.errorSummary'), [{ href: 'code', text: fieldError }], { autofocus: true })}
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
          multiline: true,
        })}
        ${submit(t('guide.genuine.submit'))}
      </form>
      ${neverAsks(page)} ${check?.outcome !== 'unknown' && reportPhishing(page, fraud)}`,
  };
}
