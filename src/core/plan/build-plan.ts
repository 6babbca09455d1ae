import { AppError, type FieldError } from '../../errors/catalogue.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { resolveCategoryIds, resolveHibpClasses } from '../knowledge/resolve.ts';
import { timings, type Action, type Contact, type Effort } from '../knowledge/schema.ts';
import { scoreRisks, type ScoredRisk } from './score-risks.ts';
import { applies } from './select.ts';
import type { Plan, PlanAction, PlanActionGroup, PlanContact, PlanInput, PlanRisk } from './types.ts';
import { inSentence, joinList } from './words.ts';

/** Quick wins come early: low effort moves an action up within its group, high effort down. */
const effortBonus: Record<Effort, number> = { low: 1, medium: 0, high: -1 };

/**
 * Builds a person's plan from the knowledge base: ranked risks with a plain "why", actions in
 * order (grouped now / this week / months), the questions that apply, contacts and sources.
 * Pure and deterministic: the same input always gives the same plan.
 * Throws AppError `validation_failed` naming every unknown category id or HIBP name.
 * @example buildPlan(knowledge, { categories: ['bsn'], certainty: 'confirmed', lang: 'nl' })
 */
export function buildPlan(knowledge: Knowledge, input: PlanInput): Plan {
  const data = resolveData(knowledge, input);
  const { lang, certainty } = input;
  const published = input.exposure?.published ?? false;
  const encrypted = input.exposure?.encrypted ?? false;
  const t = knowledge.texts;

  const scored = scoreRisks(knowledge, data, { certainty, published, encrypted });
  const riskScore = new Map(scored.map((s) => [s.risk.id, s.score]));
  const risks = scored.map((s) => presentRisk(knowledge, s, lang));

  const contactsById = new Map(knowledge.contacts.map((c) => [c.id, c]));
  const actionGroups = groupActions(knowledge, data, input, riskScore, contactsById);
  const questions = knowledge.questions
    .filter((q) => applies(q, data, certainty))
    .map((q) => ({
      id: q.id,
      question: q.question[lang],
      // The answer speaks only about data that leaked: extra sentences join when they match.
      answer: [
        q.answer[lang],
        ...q.answer_extra
          .filter((e) => applies({ ...e, always: false }, data, certainty))
          .map((e) => e.text[lang]),
      ].join(' '),
      contacts: contactsFor(q.contacts, contactsById, lang),
      sources: q.sources,
    }));

  const usedContacts = new Set([
    ...actionGroups.flatMap((g) => g.actions.flatMap((a) => a.contacts.map((c) => c.id))),
    ...questions.flatMap((q) => q.contacts.map((c) => c.id)),
  ]);
  const contacts = knowledge.contacts
    .filter((c) => usedContacts.has(c.id))
    .map((c) => presentContact(c, lang));

  const usedSources = new Set([
    ...risks.flatMap((r) => r.sources),
    ...actionGroups.flatMap((g) => g.actions.flatMap((a) => a.sources)),
    ...questions.flatMap((q) => q.sources),
    ...contacts.flatMap((c) => (c.source ? [c.source] : [])),
  ]);

  const notes: string[] = [];
  if (certainty !== 'not_affected') {
    if (published) notes.push(t.published[lang]);
    if (encrypted) notes.push(t.encrypted[lang]);
    if (risks.length === 0) notes.push(t.no_risks[lang]);
  }

  return {
    schemaVersion: 2,
    lang,
    certainty,
    exposure: { published, encrypted },
    summary: t.summary[certainty][lang],
    notes,
    measures: (input.exposure?.measures ?? []).map((m) => m[lang]),
    headings: {
      // Someone told they are not affected must not read 'which data is involved' above a list.
      data: (certainty === 'not_affected' ? t.headings.dataNotAffected : t.headings.data)[lang],
      risks: t.headings.risks[lang],
      actions: t.headings.actions[lang],
      questions: t.headings.questions[lang],
      contacts: t.headings.contacts[lang],
      measures: t.headings.measures[lang],
      sources: t.headings.sources[lang],
    },
    categories: knowledge.categories
      .filter((c) => data.has(c.id))
      .map((c) => ({
        id: c.id,
        name: c.name[lang],
        description: c.description[lang],
        sensitivity: c.sensitivity,
      })),
    risks,
    actionGroups,
    questions,
    contacts,
    sources: knowledge.sources
      .filter((s) => usedSources.has(s.id))
      .map((s) => ({
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        ...(s.url ? { url: s.url } : {}),
        ...(s.reference ? { reference: s.reference } : {}),
      })),
  };
}

function resolveData(knowledge: Knowledge, input: PlanInput): Set<string> {
  const fromIds = resolveCategoryIds(knowledge, input.categories ?? []);
  const fromHibp = resolveHibpClasses(knowledge, input.hibpClasses ?? []);
  const fieldErrors: FieldError[] = [
    ...fromIds.unknown.map((id) => ({
      path: 'categories',
      message: { nl: `Onbekend soort gegevens "${id}".`, en: `Unknown category id "${id}".` },
    })),
    ...fromHibp.unknown.map((n) => ({
      path: 'hibpClasses',
      message: { nl: `Onbekende HIBP-gegevensklasse "${n}".`, en: `Unknown HIBP data class "${n}".` },
    })),
  ];
  if (fieldErrors.length)
    throw new AppError('validation_failed', {
      detail: fieldErrors.map((e) => e.message.en).join(' '),
      fieldErrors,
    });
  return new Set([...fromIds.categories, ...fromHibp.categories]);
}

function presentRisk(knowledge: Knowledge, scored: ScoredRisk, lang: Lang): PlanRisk {
  const names = new Map(knowledge.categories.map((c) => [c.id, inSentence(c.name[lang])]));
  const dataList = joinList(
    scored.causedBy.map((id) => names.get(id) ?? id),
    lang,
  );
  const why = knowledge.texts.why[lang].replace('{data}', dataList);
  const extra = scored.bestRule.why?.[lang];
  return {
    id: scored.risk.id,
    name: scored.risk.name[lang],
    description: scored.risk.description[lang],
    level: scored.level,
    levelLabel: knowledge.texts.levels[scored.level][lang],
    why: extra ? `${why} ${extra}` : why,
    causedBy: scored.causedBy,
    sources: scored.risk.sources,
  };
}

function groupActions(
  knowledge: Knowledge,
  data: ReadonlySet<string>,
  input: PlanInput,
  riskScore: ReadonlyMap<string, number>,
  contactsById: ReadonlyMap<string, Contact>,
): PlanActionGroup[] {
  const { lang, certainty } = input;
  const chosen = knowledge.actions
    .map((action, index) => ({ action, index }))
    .filter(({ action }) => applies(action, data, certainty))
    .map(({ action, index }) => {
      const reduces = action.reduces.filter((r) => riskScore.has(r));
      const priority = Math.max(0, ...reduces.map((r) => riskScore.get(r) ?? 0)) + effortBonus[action.effort];
      const when = certainty === 'possibly' && action.if_possibly ? action.if_possibly : action.when;
      return { action, index, reduces, priority, when };
    })
    .sort((a, b) => b.priority - a.priority || a.index - b.index);

  let number = 0;
  const groups: PlanActionGroup[] = [];
  for (const when of timings) {
    const inGroup = chosen.filter((c) => c.when === when);
    if (!inGroup.length) continue;
    groups.push({
      when,
      heading: knowledge.texts.timings[when][lang],
      actions: inGroup.map((c) =>
        presentAction(knowledge, c.action, {
          number: ++number,
          when,
          reduces: c.reduces,
          lang,
          contactsById,
        }),
      ),
    });
  }
  return groups;
}

function presentAction(
  knowledge: Knowledge,
  action: Action,
  o: {
    number: number;
    when: PlanAction['when'];
    reduces: string[];
    lang: Lang;
    contactsById: ReadonlyMap<string, Contact>;
  },
): PlanAction {
  return {
    number: o.number,
    id: action.id,
    when: o.when,
    whenLabel: knowledge.texts.timings[o.when][o.lang],
    effort: action.effort,
    effortLabel: knowledge.texts.efforts[action.effort][o.lang],
    title: action.title[o.lang],
    steps: action.steps.map((s) => s[o.lang]),
    reduces: o.reduces,
    contacts: contactsFor(action.contacts, o.contactsById, o.lang),
    sources: action.sources,
  };
}

function contactsFor(ids: readonly string[], byId: ReadonlyMap<string, Contact>, lang: Lang): PlanContact[] {
  return ids.flatMap((id) => {
    const contact = byId.get(id);
    return contact ? [presentContact(contact, lang)] : [];
  });
}

function presentContact(contact: Contact, lang: Lang): PlanContact {
  return {
    id: contact.id,
    name: contact.name[lang],
    purpose: contact.purpose[lang],
    ...(contact.website ? { website: contact.website } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.hours ? { hours: contact.hours[lang] } : {}),
    ...(contact.how ? { how: contact.how[lang] } : {}),
    ...(contact.source ? { source: contact.source } : {}),
  };
}
