import type { Localized } from '../i18n/lang.ts';
import { specialCategoryNames, type SpecialCategoryId } from './data-categories.ts';
import type { AssessmentInput } from './input-schema.ts';
import { formatCount, riskLevelNames, severityLevelNames } from './labels.ts';
import type { RiskLevel, Severity } from './output-schema.ts';

/** From this many people on, a breach counts as large scale and the risk goes one step up. */
export const largeScalePeople = 1000;

const order: RiskLevel[] = ['no_risk', 'risk', 'high_risk'];
const stepUp = (level: RiskLevel): RiskLevel => order[Math.min(order.indexOf(level) + 1, 2)] ?? 'high_risk';

export interface RiskOutcome {
  level: RiskLevel;
  reasons: Localized[];
}

/** Whether the data cannot be read by whoever has it: encrypted and the key out of their reach. */
export function isUnintelligible(input: AssessmentInput): boolean {
  return input.encrypted && input.keySafe === true;
}

/**
 * The risk for the people. ENISA's score says how serious the breach would be; this step weighs
 * what the formula leaves out (ENISA): unintelligible data, a trusted recipient, the number of
 * people; and EDPB's rule that with special-category data damage must be taken as likely.
 * With `ignoreEncryption` it answers "what if the data had been readable?", which decides
 * whether Art. 34(3)(a) is what spares the people a message.
 */
export function assessRisk(
  input: AssessmentInput,
  severity: Severity,
  special: readonly SpecialCategoryId[],
  options: { ignoreEncryption: boolean },
): RiskOutcome {
  const reasons: Localized[] = [];
  const unintelligible = !options.ignoreEncryption && isUnintelligible(input);
  const trustedContained = input.recipientTrusted && !input.copiedOut && !input.publishedOrOffered;
  const reachable =
    severity.cb.confidentiality.value > 0 ||
    input.incidentKind === 'hacking' ||
    input.incidentKind === 'lost_device' ||
    input.incidentKind === 'other';
  const exposed = reachable && !unintelligible && !trustedContained;

  if (unintelligible)
    reasons.push({
      nl: 'De gegevens zijn versleuteld en de sleutel is veilig. Wie de gegevens heeft, kan ze niet lezen.',
      en: 'The data is encrypted and the key is safe. Whoever has the data cannot read it.',
    });
  else if (trustedContained)
    reasons.push({
      nl: 'De gegevens kwamen alleen bij een bekende, betrouwbare ontvanger. Die heeft bevestigd dat ze zijn verwijderd.',
      en: 'The data only reached a known, trusted recipient, who confirmed it was deleted.',
    });
  else if (!reachable)
    reasons.push({
      nl: 'Er is geen teken dat iemand de gegevens heeft gezien of gekopieerd. Ze waren alleen niet bereikbaar.',
      en: 'There is no sign that anyone saw or copied the data. It was only out of reach.',
    });

  const damaged = severity.cb.availability.value > 0 || severity.cb.integrity.value > 0;
  let level: RiskLevel;
  if (!exposed && !damaged) {
    reasons.push({
      nl: `Niemand kan de gegevens misbruiken en er is niets blijvend kwijt of veranderd. De ENISA-score (${severityLevelNames[severity.level].nl}) laat zien hoe ernstig het had kunnen zijn; het risico voor mensen is klein.`,
      en: `No one can misuse the data and nothing was lost or altered for good. The ENISA score (${severityLevelNames[severity.level].en}) shows how serious it could have been; the risk for people is small.`,
    });
    return { level: 'no_risk', reasons };
  }
  if (!exposed) {
    const serious =
      severity.dpc.value >= 3 &&
      (severity.cb.availability.value >= 0.5 || severity.cb.integrity.value >= 0.5);
    level = serious ? 'high_risk' : 'risk';
    reasons.push(
      serious
        ? {
            nl: 'Gevoelige gegevens zijn voorgoed kwijt of verkeerd gebruikt. Dat kan mensen ernstig raken, bijvoorbeeld in hun zorg.',
            en: 'Sensitive data is lost for good or was misused. That can seriously affect people, for example their care.',
          }
        : {
            nl: 'Gegevens waren lang niet bereikbaar of zijn veranderd. Dat kan mensen last bezorgen.',
            en: 'Data was out of reach for long or was altered. That can cause people trouble.',
          },
    );
  } else {
    level = severity.level === 'low' ? 'no_risk' : severity.level === 'medium' ? 'risk' : 'high_risk';
    reasons.push({
      nl: `De ENISA-ernst is ${severityLevelNames[severity.level].nl} (${severity.score}). Daarom is het risico voor mensen: ${riskLevelNames[level].nl}.`,
      en: `The ENISA severity is ${severityLevelNames[severity.level].en} (${severity.score}). So the risk for people is: ${riskLevelNames[level].en}.`,
    });
    if (special.length > 0 && level !== 'high_risk') {
      level = 'high_risk';
      const nl = special.map((id) => specialCategoryNames[id].nl).join(', ');
      const en = special.map((id) => specialCategoryNames[id].en).join(', ');
      reasons.push({
        nl: `Het gaat om bijzondere gegevens (${nl}). Volgens de Europese toezichthouders (EDPB) moet u dan schade als waarschijnlijk zien. Het risico is daarom hoog.`,
        en: `Special-category data is involved (${en}). The European Data Protection Board says damage must then be taken as likely, so the risk is high.`,
      });
    } else if (special.length > 0) {
      reasons.push({
        nl: 'Het gaat om bijzondere gegevens. Volgens de Europese toezichthouders (EDPB) is schade dan waarschijnlijk.',
        en: 'Special-category data is involved. The European Data Protection Board says damage is then likely.',
      });
    }
  }

  const count = formatCount(input.peopleCount);
  const largeScale = input.peopleCount >= largeScalePeople;
  if (largeScale && level !== 'high_risk') {
    level = stepUp(level);
    reasons.push({
      nl: `Het gaat om ongeveer ${count.nl} mensen. Dat zijn er veel (${formatCount(largeScalePeople).nl} of meer), dus het risico is een stap hoger: ${riskLevelNames[level].nl}.`,
      en: `About ${count.en} people are affected. That is many (${formatCount(largeScalePeople).en} or more), so the risk is one step higher: ${riskLevelNames[level].en}.`,
    });
  } else if (largeScale) {
    reasons.push({
      nl: `Het gaat om ongeveer ${count.nl} mensen. Dat zijn er veel; het risico was al hoog.`,
      en: `About ${count.en} people are affected. That is many; the risk was already high.`,
    });
  } else {
    reasons.push({
      nl: `Het gaat om ongeveer ${count.nl} mensen. ENISA weegt het aantal mensen apart van de formule; het verandert het risico hier niet.`,
      en: `About ${count.en} people are affected. ENISA weighs the number of people apart from the formula; it does not change the risk here.`,
    });
  }
  return { level, reasons };
}
