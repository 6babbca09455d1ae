import type { LetterJobProgress } from '../../../letters-pipeline/index.ts';
import type { LetterWebJob } from '../../../use-cases/get-letter-round.ts';
import type { LetterReadiness } from '../../../use-cases/check-letter-readiness.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { facts, formatNumber, h1, h2, link, paragraph, paths, tableOr } from '../workspace/common.ts';
import { certaintyKeys } from '../workspace/breach-page.ts';
import { assessmentAdvice, letterPaths, readinessBox } from './parts.ts';

export interface LettersOverviewData {
  readiness: LetterReadiness;
  rounds: { job: LetterWebJob; progress: LetterJobProgress }[];
  canEdit: boolean;
}

/** A round's state in words: being made, done, or outputs deleted. */
export function roundState(page: PageContext, job: LetterWebJob, progress: LetterJobProgress): string {
  if (job.outputs_deleted_at) return page.t('letters.round.state.deleted');
  return progress.status === 'done'
    ? page.t('letters.round.state.done')
    : page.t('letters.round.state.running');
}

/**
 * The letters of a breach: whether they are ready to send (and if not, every missing item),
 * the sender, the variants per recipient group, and the rounds made so far.
 */
export function lettersOverviewPage(page: PageContext, data: LettersOverviewData): PageView {
  const { t, lang } = page;
  const { readiness } = data;
  const breach = readiness.breach;
  const sender = readiness.sender;
  return {
    title: `${t('letters.overview.title')} – ${breach.title[lang]}`,
    body: html`${h1(t('letters.overview.title'))} ${paragraph(breach.title[lang])}
    ${paragraph(link(page.href(paths.breach(breach.id)), t('letters.backToBreach')))}
    ${paragraph(t('letters.overview.intro'))} ${readinessBox(page, readiness)}
    ${assessmentAdvice(page, readiness)} ${h2(t('letters.overview.sender'))}
    ${
      sender
        ? facts(page, [
            [t('letters.sender.addressLines'), sender.addressLines.join(', ')],
            [t('letters.sender.contactName'), sender.contact.name],
            [t('letters.sender.signatoryName'), sender.signatory.name],
            [t('letters.sender.referencePrefix'), sender.referencePrefix],
          ])
        : paragraph(t('letters.overview.noSender'))
    }
    ${data.canEdit && paragraph(link(page.href(letterPaths.sender(breach.id)), t('letters.overview.editSender')))}
    ${h2(t('letters.overview.variants'))}
    ${tableOr(
      t('letters.overview.noVariants'),
      t('letters.overview.variants'),
      [
        t('letters.variant.group'),
        t('letters.variant.certainty'),
        t('letters.overview.languages'),
        t('letters.overview.state'),
      ],
      readiness.variants.map((v) => [
        data.canEdit
          ? link(page.href(letterPaths.variant(breach.id, v.variant.id)), v.variant.group)
          : v.variant.group,
        t(certaintyKeys[v.variant.certainty] ?? 'workspace.certainty.confirmed'),
        v.langs.map((l) => l.toUpperCase()).join(', '),
        v.report.ready
          ? t('letters.overview.complete')
          : t('letters.overview.missing', {
              count: v.report.missing.length + v.report.placeholders.length,
            }),
      ]),
    )}
    ${data.canEdit && paragraph(link(page.href(letterPaths.newVariant(breach.id)), t('letters.overview.newVariant')))}
    ${h2(t('letters.overview.rounds'))}
    ${tableOr(
      t('letters.overview.noRounds'),
      t('letters.overview.rounds'),
      [
        t('letters.round.number'),
        t('letters.round.state'),
        t('letters.round.generated'),
        t('letters.round.rejected'),
      ],
      data.rounds.map(({ job, progress }) => [
        data.canEdit
          ? link(
              page.href(letterPaths.round(breach.id, job.job_id)),
              t('letters.round.name', { round: progress.round }),
            )
          : t('letters.round.name', { round: progress.round }),
        roundState(page, job, progress),
        formatNumber(page, progress.generated),
        formatNumber(page, progress.rejected),
      ]),
    )}
    ${data.canEdit && paragraph(link(page.href(letterPaths.upload(breach.id)), t('letters.overview.make')))}`,
  };
}
