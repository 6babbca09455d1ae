import type { Knowledge } from '../../core/knowledge/index.ts';
import { formatDay, type VictimLetter } from '../../core/victim-letters/index.ts';
import type { PdfBlock, SimpleDocument } from '../../pdf/guide/simple-pdf.ts';
import type { PageContext } from '../page.ts';
import type { GuideView } from './guide-service.ts';

/**
 * The plan as a simple document for PDF: the same sections and words as the page, without
 * navigation or forms. The checklist prints as boxes to tick by hand.
 */
export function guideDocument(
  page: PageContext,
  view: GuideView,
  knowledge: Knowledge,
  now: Date,
): SimpleDocument {
  const { t, lang } = page;
  const { breach } = view.context;
  const { plan } = view;
  const names = new Map(knowledge.categories.map((c) => [c.id, c.name[lang]]));
  const blocks: PdfBlock[] = [
    { type: 'h1', text: t('guide.page.title') },
    { type: 'p', text: `${breach.title[lang]} — ${breach.organisationName}` },
    { type: 'h2', text: t('guide.section.data') },
  ];
  if (view.certainty === 'not_affected') {
    blocks.push({ type: 'p', text: t('guide.data.notAffected', { organisation: breach.organisationName }) });
  } else {
    blocks.push({
      type: 'p',
      text: view.unsure
        ? t('guide.data.unsure')
        : view.certainty === 'confirmed'
          ? t('guide.data.confirmed')
          : t('guide.data.possibly', { organisation: breach.organisationName }),
    });
    blocks.push({ type: 'list', items: view.dataIds.map((id) => names.get(id) ?? id) });
  }
  blocks.push({ type: 'h2', text: plan.headings.risks }, { type: 'p', text: plan.summary });
  for (const note of plan.notes) blocks.push({ type: 'p', text: note });
  for (const risk of plan.risks) {
    blocks.push(
      { type: 'h3', text: `${risk.name} (${risk.levelLabel})` },
      { type: 'p', text: risk.description },
      { type: 'p', text: risk.why },
    );
  }
  blocks.push({ type: 'h2', text: plan.headings.actions });
  for (const group of plan.actionGroups) {
    blocks.push({ type: 'h3', text: group.heading });
    for (const action of group.actions) {
      blocks.push(
        { type: 'checklist', items: [`${action.number}. ${action.title}`] },
        { type: 'list', items: action.steps },
      );
    }
  }
  blocks.push({ type: 'h2', text: plan.headings.contacts });
  const helpline = breach.helpline;
  if (helpline?.phone || helpline?.url) {
    blocks.push({
      type: 'p',
      text: [
        t('guide.contact.organisation', { organisation: breach.organisationName }),
        helpline.phone && t('plan.contactPhone', { phone: helpline.phone }),
        helpline.hours && t('plan.contactHours', { hours: helpline.hours[lang] }),
        helpline.url,
      ]
        .filter(Boolean)
        .join(' · '),
    });
  }
  blocks.push({
    type: 'list',
    items: plan.contacts.map((c) =>
      [`${c.name}: ${c.purpose}`, c.phone && t('plan.contactPhone', { phone: c.phone }), c.website]
        .filter(Boolean)
        .join(' · '),
    ),
  });
  if (breach.measures.length > 0) {
    blocks.push(
      { type: 'h2', text: plan.headings.measures },
      { type: 'list', items: breach.measures.map((m) => m[lang]) },
    );
  }
  if (view.rounds.length > 0) {
    blocks.push(
      { type: 'h2', text: t('guide.section.history') },
      {
        type: 'list',
        items: view.rounds.map(
          (round) =>
            `${formatDay(round.sentOn, lang)}${round.whatChanged ? `: ${round.whatChanged[lang]}` : ''}`,
        ),
      },
    );
  }
  blocks.push({
    type: 'p',
    text: t('guide.pdf.footer', { date: formatDay(now.toISOString().slice(0, 10), lang) }),
  });
  return { title: `${t('guide.page.title')}: ${breach.title[lang]}`, lang, blocks, createdAt: now };
}

/** A victim's letter as a simple document for PDF. */
export function letterDocument(letter: VictimLetter, now: Date): SimpleDocument {
  const blocks: PdfBlock[] = [
    ...letter.senderLines.map((line) => ({ type: 'p' as const, text: line })),
    { type: 'space' },
    ...letter.recipientLines.map((line) => ({ type: 'p' as const, text: line })),
    { type: 'space' },
    { type: 'p', text: letter.placeAndDate },
    { type: 'h1', text: letter.subject },
    { type: 'p', text: letter.salutation },
    ...letter.paragraphs.map((text) => ({ type: 'p' as const, text })),
    { type: 'list', items: letter.requests },
    ...letter.closingParagraphs.map((text) => ({ type: 'p' as const, text })),
    { type: 'p', text: letter.closing },
    { type: 'space' },
    { type: 'p', text: letter.signature },
  ];
  return { title: letter.title, lang: letter.lang, blocks, createdAt: now };
}
