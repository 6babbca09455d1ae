import type { z } from 'zod';
import { describeZodIssue, formatPath, type KnowledgeIssue } from './issues.ts';
import { sectionNames, sectionSchemas, type SectionName } from './schema.ts';
import type { Knowledge } from './knowledge.ts';
import { checkReviews } from './review-refs.ts';

type Parsed = { [K in SectionName]: z.infer<(typeof sectionSchemas)[K]> };

export type ValidationResult = { ok: true; knowledge: Knowledge } | { ok: false; issues: KnowledgeIssue[] };

/**
 * Validates the parsed content of every section (one per file in `content/`) and cross-checks
 * every id that one part of the knowledge base uses from another. Reports all mistakes at once.
 */
export function validateKnowledge(raw: Partial<Record<SectionName, unknown>>): ValidationResult {
  const issues: KnowledgeIssue[] = [];
  const parsed: Partial<Record<SectionName, unknown>> = {};
  for (const section of sectionNames) {
    const result = sectionSchemas[section].safeParse(raw[section]);
    if (result.success) parsed[section] = result.data;
    else
      for (const issue of result.error.issues)
        issues.push({ section, path: formatPath(issue.path), message: describeZodIssue(issue) });
  }
  if (issues.length) return { ok: false, issues };
  const knowledge = assemble(parsed as Parsed);
  issues.push(...crossCheck(knowledge));
  return issues.length ? { ok: false, issues } : { ok: true, knowledge };
}

function assemble(p: Parsed): Knowledge {
  return {
    categories: p.categories.categories,
    hibpDataClasses: p.hibp_data_classes.hibp_data_classes,
    risks: p.risks.risks,
    actions: p.actions.actions,
    contacts: p.contacts.contacts,
    questions: p.questions.questions,
    sources: p.sources.sources,
    texts: p.texts.texts,
    scoring: p.scoring.scoring,
    reviews: p.reviews.reviews,
  };
}

function crossCheck(k: Knowledge): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const ids = {
    category: new Set(k.categories.map((c) => c.id)),
    risk: new Set(k.risks.map((r) => r.id)),
    contact: new Set(k.contacts.map((c) => c.id)),
    source: new Set(k.sources.map((s) => s.id)),
  };
  const check = (section: SectionName, path: string, kind: keyof typeof ids, value: string): void => {
    if (!ids[kind].has(value))
      issues.push({
        section,
        path,
        message: `unknown ${kind} "${value}"; expected one of ${[...ids[kind]].join(', ')}`,
      });
  };
  const unique = (section: SectionName, list: { id: string }[]): void => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id))
        issues.push({ section, path: `${section}[${i}].id`, message: `the id "${item.id}" is used twice` });
      seen.add(item.id);
    });
  };
  unique('categories', k.categories);
  unique('risks', k.risks);
  unique('actions', k.actions);
  unique('contacts', k.contacts);
  unique('questions', k.questions);
  unique('sources', k.sources);
  if (!ids.category.has('other'))
    issues.push({
      section: 'categories',
      path: 'categories',
      message: 'expected a category with id "other"',
    });

  for (const [name, category] of Object.entries(k.hibpDataClasses))
    check('hibp_data_classes', formatPath(['hibp_data_classes', name]), 'category', category);
  k.risks.forEach((risk, r) => {
    risk.sources.forEach((s, i) => check('risks', `risks[${r}].sources[${i}]`, 'source', s));
    risk.rules.forEach((rule, u) =>
      rule.data.forEach((c, i) => check('risks', `risks[${r}].rules[${u}].data[${i}]`, 'category', c)),
    );
  });
  k.actions.forEach((action, a) => {
    action.applies_when.forEach((set, s) =>
      set.forEach((c, i) => check('actions', `actions[${a}].applies_when[${s}][${i}]`, 'category', c)),
    );
    action.not_when.forEach((set, s) =>
      set.forEach((c, i) => check('actions', `actions[${a}].not_when[${s}][${i}]`, 'category', c)),
    );
    action.reduces.forEach((r, i) => check('actions', `actions[${a}].reduces[${i}]`, 'risk', r));
    action.contacts.forEach((c, i) => check('actions', `actions[${a}].contacts[${i}]`, 'contact', c));
    action.sources.forEach((s, i) => check('actions', `actions[${a}].sources[${i}]`, 'source', s));
  });
  k.contacts.forEach((contact, c) => {
    if (contact.source) check('contacts', `contacts[${c}].source`, 'source', contact.source);
  });
  k.questions.forEach((question, q) => {
    question.applies_when.forEach((set, s) =>
      set.forEach((c, i) => check('questions', `questions[${q}].applies_when[${s}][${i}]`, 'category', c)),
    );
    question.not_when.forEach((set, s) =>
      set.forEach((c, i) => check('questions', `questions[${q}].not_when[${s}][${i}]`, 'category', c)),
    );
    question.contacts.forEach((c, i) => check('questions', `questions[${q}].contacts[${i}]`, 'contact', c));
    question.sources.forEach((s, i) => check('questions', `questions[${q}].sources[${i}]`, 'source', s));
    question.answer_extra.forEach((extra, e) => {
      extra.applies_when.forEach((set, s) =>
        set.forEach((c, i) =>
          check('questions', `questions[${q}].answer_extra[${e}].applies_when[${s}][${i}]`, 'category', c),
        ),
      );
      extra.not_when.forEach((set, s) =>
        set.forEach((c, i) =>
          check('questions', `questions[${q}].answer_extra[${e}].not_when[${s}][${i}]`, 'category', c),
        ),
      );
    });
  });
  issues.push(...checkReviews(k, ids.source));
  const { medium, high, very_high } = k.scoring.levels;
  if (!(medium < high && high < very_high))
    issues.push({
      section: 'scoring',
      path: 'scoring.levels',
      message: 'expected medium < high < very_high',
    });
  return issues;
}
