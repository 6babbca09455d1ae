import type { Plan, PlanContact } from '../core/plan/types.ts';
import { wrap } from './text-wrap.ts';

/** The plan as readable terminal text: headings, numbered actions, why-lines, wrapped to `width`. */
export function formatPlanText(plan: Plan, width: number): string {
  const out: string[] = [];
  const heading = (text: string): void => {
    out.push('', text.toUpperCase(), '='.repeat(Math.min(text.length, width)));
  };
  out.push(wrap(plan.summary, width));
  for (const note of plan.notes) out.push('', wrap(note, width, '  ', '! '));

  if (plan.categories.length) {
    heading(plan.headings.data);
    for (const c of plan.categories) out.push(wrap(`${c.name}: ${c.description}`, width, '  ', '- '));
  }
  if (plan.measures.length) {
    heading(plan.headings.measures);
    for (const m of plan.measures) out.push(wrap(m, width, '  ', '- '));
  }
  if (plan.risks.length) {
    heading(plan.headings.risks);
    for (const r of plan.risks) {
      // The level in words only: the number behind it is judgement, not a measurement.
      out.push(wrap(`${r.name} (${r.levelLabel})`, width, '  ', '* '));
      out.push(wrap(r.description, width, '  '));
      out.push(wrap(r.why, width, '  '));
      out.push('');
    }
    out.pop();
  }
  if (plan.actionGroups.length) {
    heading(plan.headings.actions);
    for (const group of plan.actionGroups) {
      out.push('', `${group.heading}:`);
      for (const a of group.actions) {
        const number = `${a.number}. `.padStart(5);
        out.push(wrap(`${a.title} (${a.effortLabel})`, width, ' '.repeat(5), number));
        for (const step of a.steps) out.push(wrap(step, width, ' '.repeat(7), '     - '));
        for (const c of a.contacts) out.push(wrap(contactLine(c), width, ' '.repeat(7), '     > '));
      }
    }
  }
  if (plan.questions.length) {
    heading(plan.headings.questions);
    for (const q of plan.questions) {
      out.push('', wrap(q.question, width), wrap(q.answer, width, '  ', '  '));
      for (const c of q.contacts) out.push(wrap(contactLine(c), width, '    ', '  > '));
    }
  }
  if (plan.contacts.length) {
    heading(plan.headings.contacts);
    for (const c of plan.contacts) {
      out.push(wrap(contactLine(c), width, '  ', '- '));
      out.push(wrap(c.purpose, width, '  '));
      if (c.hours) out.push(wrap(c.hours, width, '  '));
      if (c.how) out.push(wrap(c.how, width, '  '));
    }
  }
  if (plan.sources.length) {
    heading(plan.headings.sources);
    for (const s of plan.sources)
      out.push(
        wrap(`[${s.id}] ${s.title}. ${s.publisher}. ${s.url ?? s.reference ?? ''}`, width, '  ', '- '),
      );
  }
  return `${out.join('\n')}\n`;
}

function contactLine(c: PlanContact): string {
  return [c.name, c.phone, c.website].filter(Boolean).join(' | ');
}
