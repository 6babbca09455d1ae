import { categoryNames } from '../core/assessment/category-names.ts';
import { exceptionNames, riskLevelNames, severityLevelNames } from '../core/assessment/labels.ts';
import type { Assessment } from '../core/assessment/output-schema.ts';
import { specialCategoryNames } from '../core/assessment/data-categories.ts';
import type { Lang } from '../core/i18n/lang.ts';

const headings = {
  nl: {
    title: 'Beoordeling van het datalek',
    severity: 'Ernst volgens ENISA (SE = DPC × EI + CB)',
    dpc: 'DPC (soort gegevens)',
    ei: 'EI (herkenbaarheid)',
    cb: 'CB (omstandigheden)',
    confidentiality: 'vertrouwelijkheid',
    integrity: 'juistheid',
    availability: 'beschikbaarheid',
    maliciousIntent: 'opzet',
    score: 'Score',
    risk: 'Risico voor mensen',
    notify: 'Melden bij de Autoriteit Persoonsgegevens (art. 33)',
    inform: 'Mensen informeren (art. 34)',
    deadline: 'Termijn',
    documentation: 'Vastleggen in uw register (art. 33 lid 5)',
    yes: 'ja',
    no: 'nee',
    exception: 'uitzondering',
    special: 'bijzondere gegevens',
  },
  en: {
    title: 'Breach assessment',
    severity: 'ENISA severity (SE = DPC × EI + CB)',
    dpc: 'DPC (data processing context)',
    ei: 'EI (ease of identification)',
    cb: 'CB (circumstances)',
    confidentiality: 'confidentiality',
    integrity: 'integrity',
    availability: 'availability',
    maliciousIntent: 'malicious intent',
    score: 'Score',
    risk: 'Risk for people',
    notify: 'Notify the Dutch Data Protection Authority (Art. 33)',
    inform: 'Inform the people (Art. 34)',
    deadline: 'Deadline',
    documentation: 'Record in your register (Art. 33(5))',
    yes: 'yes',
    no: 'no',
    exception: 'exception',
    special: 'special categories',
  },
} as const;

/** The assessment as a plain-text report for a terminal, in `lang`. */
export function formatAssessmentReport(a: Assessment, lang: Lang): string {
  const h = headings[lang];
  const s = a.severity;
  const out: string[] = [];
  const bullet = (text: string) => out.push(`  - ${text}`);
  out.push(h.title, '='.repeat(h.title.length), '', a.summary[lang], '');
  out.push(h.severity);
  out.push(`  ${h.dpc}: ${s.dpc.value}`);
  for (const c of s.dpc.perCategory)
    out.push(
      `    ${categoryNames[c.category][lang]}: ${c.base}${c.adjustment ? ` ${c.adjustment > 0 ? '+' : '−'} ${Math.abs(c.adjustment)}` : ''} = ${c.score}. ${c.reason[lang]}`,
    );
  for (const adj of s.dpc.adjustments)
    out.push(`    ${adj.delta >= 0 ? '+' : '−'}${Math.abs(adj.delta)}: ${adj.reason[lang]}`);
  out.push(`  ${h.ei}: ${s.ei.value}. ${s.ei.reason[lang]}`);
  out.push(`  ${h.cb}: ${s.cb.total}`);
  for (const key of ['confidentiality', 'integrity', 'availability', 'maliciousIntent'] as const)
    out.push(`    ${h[key]}: +${s.cb[key].value}. ${s.cb[key].reason[lang]}`);
  out.push(`  ${h.score}: ${s.formula} → ${severityLevelNames[s.level][lang]}. ${s.levelReason[lang]}`);
  if (a.specialCategories.length)
    out.push(`  ${h.special}: ${a.specialCategories.map((id) => specialCategoryNames[id][lang]).join(', ')}`);
  out.push('', `${h.risk}: ${riskLevelNames[a.risk.level][lang]}`);
  a.risk.reasons.forEach((r) => bullet(r[lang]));
  out.push('', `${h.notify}: ${a.notifyAuthority.required ? h.yes : h.no}`);
  a.notifyAuthority.reasons.forEach((r) => bullet(r[lang]));
  const exception = a.informPeople.exception
    ? ` (${h.exception}: ${exceptionNames[a.informPeople.exception][lang]})`
    : '';
  out.push('', `${h.inform}: ${a.informPeople.required ? h.yes : h.no}${exception}`);
  a.informPeople.reasons.forEach((r) => bullet(r[lang]));
  out.push('', `${h.deadline}: ${a.deadline.deadlineAt}`);
  a.deadline.reasons.forEach((r) => bullet(r[lang]));
  out.push('', h.documentation);
  a.documentation.forEach((d) => bullet(d.text[lang]));
  return out.join('\n') + '\n';
}
