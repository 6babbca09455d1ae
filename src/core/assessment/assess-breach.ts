import { computeDeadline } from './deadline.ts';
import { documentationList } from './documentation.ts';
import { decideInformPeople } from './inform-people.ts';
import type { AssessmentInput } from './input-schema.ts';
import { riskLevelNames, severityLevelNames } from './labels.ts';
import { decideNotifyAuthority } from './notify-authority.ts';
import type { Assessment } from './output-schema.ts';
import { assessRisk, isUnintelligible, largeScalePeople } from './risk.ts';
import { allSpecialCategories, computeSeverity } from './severity.ts';

const yesNo = (value: boolean) => (value ? { nl: 'ja', en: 'yes' } : { nl: 'nee', en: 'no' });

/**
 * Assesses a breach: ENISA severity, risk for people, Art. 33 and 34 decisions with reasons, the
 * 72-hour deadline and what to document. Pure and deterministic: the clock comes in as `now`.
 * @example assessBreach(parsed, { now: new Date() }).notifyAuthority.required
 */
export function assessBreach(input: AssessmentInput, options: { now: Date }): Assessment {
  const severity = computeSeverity(input);
  const specialCategories = allSpecialCategories(input);
  const actual = assessRisk(input, severity, specialCategories, { ignoreEncryption: false });
  const ifIntelligible = assessRisk(input, severity, specialCategories, { ignoreEncryption: true });
  const risk: Assessment['risk'] = {
    level: actual.level,
    levelIfIntelligible: ifIntelligible.level,
    largeScale: input.peopleCount >= largeScalePeople,
    unintelligible: isUnintelligible(input),
    reasons: actual.reasons,
  };
  const notifyAuthority = decideNotifyAuthority(risk);
  const informPeople = decideInformPeople(input, risk);
  const deadline = computeDeadline({
    awareAt: input.awareAt,
    now: options.now,
    applies: notifyAuthority.required,
  });
  const documentation = documentationList(input, { notifyAuthority, informPeople, deadline });
  const notify = yesNo(notifyAuthority.required);
  const inform = yesNo(informPeople.required);
  return {
    method: 'enisa-2013',
    categories: [...input.categories],
    specialCategories,
    severity,
    risk,
    notifyAuthority,
    informPeople,
    deadline,
    documentation,
    summary: {
      nl: `Ernst: ${severityLevelNames[severity.level].nl} (${severity.score}). Risico voor mensen: ${riskLevelNames[risk.level].nl}. Melden bij de AP: ${notify.nl}. Mensen informeren: ${inform.nl}${informPeople.publicCommunicationRequired ? ' (openbare mededeling)' : ''}.`,
      en: `Severity: ${severityLevelNames[severity.level].en} (${severity.score}). Risk for people: ${riskLevelNames[risk.level].en}. Notify the authority: ${notify.en}. Inform people: ${inform.en}${informPeople.publicCommunicationRequired ? ' (public communication)' : ''}.`,
    },
  };
}
