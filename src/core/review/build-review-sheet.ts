import type { Lang } from '../i18n/lang.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { reviewStatus, type ReviewItemKind, type ReviewStatus } from '../knowledge/review.ts';
import type { Action, Contact, Question, Risk } from '../knowledge/schema.ts';
import { buildPlan } from '../plan/build-plan.ts';
import { typicalCases } from '../plan/typical-cases.ts';
import { joinList } from '../plan/words.ts';
import { fill, sheetTexts as T } from './texts.ts';

/** One block of the sheet; the same shapes as the PDF writer's simple document. */
export type SheetBlock =
  { type: 'h1' | 'h2' | 'h3' | 'p'; text: string } | { type: 'list' | 'checklist'; items: string[] };

export interface ReviewSheet {
  title: string;
  lang: Lang;
  blocks: SheetBlock[];
}

/**
 * The review sheet an outside expert marks up: the state of the review (an expert review is
 * shown as outstanding until one is recorded), what changed since the last review, every claim
 * with its sources and their quotes, and the plans for the six typical cases. Pure.
 * @example buildReviewSheet(knowledge, { lang: 'nl', date: '2026-12-06' })
 */
export function buildReviewSheet(k: Knowledge, o: { lang: Lang; date: string }): ReviewSheet {
  const { lang } = o;
  const statuses = reviewStatus(k);
  const blocks: SheetBlock[] = [
    { type: 'h1', text: T.title[lang] },
    { type: 'p', text: fill(T.made[lang], { date: o.date }) },
    { type: 'p', text: T.howTo[lang] },
    ...statusBlocks(statuses, lang),
    ...changeBlocks(statuses, lang),
    { type: 'h2', text: T.claimsHeading[lang] },
  ];
  const byRef = new Map(statuses.map((s) => [s.ref, s]));
  function section<Item extends { id: string }>(
    kind: ReviewItemKind,
    items: readonly Item[],
    describe: (item: Item) => SheetBlock[],
  ): void {
    blocks.push({ type: 'h2', text: T.sections[kind][lang] });
    for (const item of items) {
      const status = byRef.get(`${kind}.${item.id}`);
      if (status) blocks.push(...describe(item), ...itemFooter(k, status, lang));
    }
  }
  const names = new Map(k.categories.map((c) => [c.id, c.name[lang]]));
  const dataList = (set: readonly string[]): string =>
    joinList(
      set.map((id) => names.get(id) ?? id),
      lang,
    );
  const conditions = (item: {
    always: boolean;
    applies_when: string[][];
    not_when: string[][];
  }): string[] => [
    item.always ? T.always[lang] : fill(T.when[lang], { data: item.applies_when.map(dataList).join(' | ') }),
    ...(item.not_when.length
      ? [fill(T.notWhen[lang], { data: item.not_when.map(dataList).join(' | ') })]
      : []),
  ];
  section('risk', k.risks, (r: Risk) => [
    { type: 'h3', text: `risk.${r.id} — ${r.name[lang]}` },
    { type: 'p', text: r.description[lang] },
    {
      type: 'list',
      items: r.rules.map((rule) =>
        [fill(T.ruleLine[lang], { data: dataList(rule.data), score: rule.score }), rule.why?.[lang]]
          .filter(Boolean)
          .join(' — '),
      ),
    },
  ]);
  section('action', k.actions, (a: Action) => [
    { type: 'h3', text: `action.${a.id} — ${a.title[lang]}` },
    { type: 'list', items: a.steps.map((s) => s[lang]) },
    { type: 'p', text: conditions(a).join(' · ') },
  ]);
  section('question', k.questions, (q: Question) => [
    { type: 'h3', text: `question.${q.id} — ${q.question[lang]}` },
    { type: 'p', text: q.answer[lang] },
    ...(q.answer_extra.length
      ? [
          {
            type: 'list' as const,
            items: q.answer_extra.map((e) =>
              fill(T.extraLine[lang], { data: e.applies_when.map(dataList).join(' | '), text: e.text[lang] }),
            ),
          },
        ]
      : []),
    { type: 'p', text: conditions(q).join(' · ') },
  ]);
  section('contact', k.contacts, (c: Contact) => [
    { type: 'h3', text: `contact.${c.id} — ${c.name[lang]}` },
    {
      type: 'p',
      text: [c.purpose[lang], c.phone, c.hours?.[lang], c.website, c.how?.[lang]].filter(Boolean).join(' · '),
    },
  ]);
  blocks.push(...caseBlocks(k, lang));
  return { title: T.title[lang], lang, blocks };
}

function statusBlocks(statuses: ReviewStatus[], lang: Lang): SheetBlock[] {
  const count = (state: ReviewStatus['state']) => statuses.filter((s) => s.state === state).length;
  const total = statuses.length;
  return [
    { type: 'h2', text: T.statusHeading[lang] },
    {
      type: 'p',
      text: fill(T.statusItems[lang], {
        total,
        current: count('current'),
        changed: count('changed_since_review'),
        missing: count('missing'),
      }),
    },
    {
      type: 'p',
      text: fill(T.expertOutstanding[lang], {
        outstanding: statuses.filter((s) => !s.expertReviewed).length,
        total,
      }),
    },
  ];
}

function changeBlocks(statuses: ReviewStatus[], lang: Lang): SheetBlock[] {
  const open = statuses.filter((s) => s.state !== 'current');
  const noted = statuses.filter((s) => s.state === 'current' && s.last?.note);
  const blocks: SheetBlock[] = [{ type: 'h2', text: T.changesHeading[lang] }];
  if (open.length)
    blocks.push({
      type: 'list',
      items: open.map((s) =>
        s.state === 'missing'
          ? `${s.ref}: ${T.newItem[lang]}`
          : `${s.ref}: ${fill(T.changedItem[lang], { date: s.last?.date ?? '' })}`,
      ),
    });
  else blocks.push({ type: 'p', text: T.noChanges[lang] });
  if (noted.length)
    blocks.push(
      { type: 'h3', text: T.notedHeading[lang] },
      { type: 'list', items: noted.map((s) => `${s.ref} (${s.last?.date ?? ''}): ${s.last?.note ?? ''}`) },
    );
  return blocks;
}

function itemFooter(k: Knowledge, status: ReviewStatus, lang: Lang): SheetBlock[] {
  const expert = status.expertReviewed ? T.expertDone[lang] : T.expertOpen[lang];
  const last = status.last;
  const state = last
    ? fill(T.lastCheck[lang], {
        date: last.date,
        by: last.by,
        role: last.role,
        sources: last.sources.length ? last.sources.join(', ') : T.noSource[lang],
        expert,
      })
    : fill(T.neverChecked[lang], { expert });
  const sources = status.sources.flatMap((id) => {
    const s = k.sources.find((x) => x.id === id);
    if (!s) return [];
    const where = s.url ?? s.reference ?? '';
    const quote = s.quote ? `${T.quote[lang]}: “${s.quote}”` : T.noQuote[lang];
    return [`[${s.id}] ${s.title} — ${s.publisher} — ${where} — ${T.says[lang]}: ${s.says} — ${quote}`];
  });
  return [
    { type: 'p', text: `${fill(T.fingerprint[lang], { fingerprint: status.fingerprint })} ${state}` },
    { type: 'p', text: T.sourcesLabel[lang] },
    { type: 'list', items: sources.length ? sources : [T.noSource[lang]] },
    { type: 'checklist', items: [...T.boxes[lang]] },
  ];
}

function caseBlocks(k: Knowledge, lang: Lang): SheetBlock[] {
  const names = new Map(k.categories.map((c) => [c.id, c.name[lang]]));
  const blocks: SheetBlock[] = [{ type: 'h2', text: T.casesHeading[lang] }];
  for (const c of typicalCases) {
    const plan = buildPlan(k, { categories: c.categories, certainty: 'confirmed', lang });
    blocks.push(
      { type: 'h3', text: c.name[lang] },
      {
        type: 'p',
        text: fill(T.caseData[lang], {
          data: joinList(
            c.categories.map((id) => names.get(id) ?? id),
            lang,
          ),
        }),
      },
      { type: 'p', text: T.caseRisks[lang] },
      { type: 'list', items: plan.risks.map((r) => `${r.name} — ${r.levelLabel}`) },
      { type: 'p', text: T.caseActions[lang] },
      {
        type: 'list',
        items: plan.actionGroups.flatMap((g) =>
          g.actions.map((a) => `${a.number}. ${a.title} (${a.whenLabel})`),
        ),
      },
      { type: 'p', text: T.caseQuestions[lang] },
      { type: 'list', items: plan.questions.map((q) => q.question) },
      { type: 'checklist', items: [...T.caseBoxes[lang]] },
    );
  }
  return blocks;
}
