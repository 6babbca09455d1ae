import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { errorSummary } from '../form-parts.ts';
import { alert, h1, h2, lead, link, p, submit, textField } from './parts.ts';

/** Why the code form is shown again. */
export type CodeFormProblem =
  | { kind: 'empty' }
  | { kind: 'typo'; detail: string; position?: number | undefined }
  /** The address from a scanned QR code held a code that is not right: a scanning problem. */
  | { kind: 'qr' }
  | { kind: 'unknown' }
  | { kind: 'expired' };

/**
 * The code form: one question on a page. The code is posted, never put in an address, and is
 * not shown again after a mistake (the person types it once more from the letter).
 */
export function codeFormPage(page: PageContext, problem?: CodeFormProblem): PageView {
  const { t } = page;
  const fieldError =
    problem?.kind === 'empty'
      ? t('guide.code.empty')
      : problem?.kind === 'typo'
        ? `${t('guide.code.typo')}${problem.detail ? ` ${problem.detail}` : ''}${problem.position ? ` ${t('guide.code.typoPosition', { position: problem.position })}` : ''}`
        : problem?.kind === 'qr'
          ? t('guide.code.qrProblem')
          : undefined;
  const status = problem?.kind === 'unknown' ? 404 : fieldError ? 400 : 200;
  return {
    status,
    title:
      fieldError || problem?.kind === 'unknown'
        ? `${t('plan.errorPrefix')} ${t('guide.code.title')}`
        : t('guide.code.title'),
    body: html`${fieldError && errorSummary(t('plan.errorSummary'), [{ href: 'code', text: fieldError }], { autofocus: true })}
      ${
        problem?.kind === 'unknown' &&
        alert('warning', html`${h2(t('guide.code.unknownTitle'))}${p(t('guide.code.unknown'))}`, {
          role: 'alert',
          id: 'resultaat',
          autofocus: true,
        })
      }
      ${problem?.kind === 'expired' && alert('info', p(t('guide.code.expired')))} ${h1(t('guide.code.title'))}
      ${lead(t('guide.code.lead'))}
      <form method="post" action="${page.href('/code')}" novalidate>
        ${textField({
          id: 'code',
          name: 'code',
          label: t('guide.code.label'),
          hint: t('guide.code.hint'),
          error: fieldError,
          errorPrefix: t('plan.errorPrefix'),
          autocomplete: 'off',
          spellcheck: false,
        })}
        ${submit(t('guide.code.submit'))}
      </form>
      ${p(t('guide.code.privacy'))} ${h2(t('guide.code.noCodeTitle'))}
      ${p(html`${t('guide.code.noCode')} ${link(page.href('/zonder-code'), t('guide.code.noCodeLink'))}`)}
      ${h2(t('guide.code.genuineTitle'))}
      ${p(html`${t('guide.code.genuine')} ${link(page.href('/echt'), t('guide.code.genuineLink'))}`)}`,
  };
}
