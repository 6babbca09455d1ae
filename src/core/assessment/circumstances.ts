import type { AssessmentInput } from './input-schema.ts';
import type { CbElement, Severity } from './output-schema.ts';

/** Up to this many hours, a restore from backup counts as "recovered without difficulty". */
export const quickRestoreHours = 24;

/**
 * ENISA loss of confidentiality: 0 when data was only exposed without evidence of misuse, +0.25
 * when it reached known recipients, +0.5 when it reached or can reach an unknown number of them.
 */
export function scoreConfidentiality(input: AssessmentInput): CbElement {
  if (input.publishedOrOffered || input.incidentKind === 'published_by_mistake')
    return {
      value: 0.5,
      reason: {
        nl: 'De gegevens zijn openbaar gemaakt of online aangeboden. Onbekend veel mensen kunnen ze zien.',
        en: 'The data was published or offered online. An unknown number of people can see it.',
      },
    };
  if (input.copiedOut)
    return {
      value: 0.5,
      reason: {
        nl: 'De gegevens zijn gekopieerd naar een plek buiten de organisatie. Ze kunnen verder verspreid worden.',
        en: 'The data was copied to a place outside the organisation. It can be spread further.',
      },
    };
  if (input.disclosedTo === 'unknown_recipients')
    return {
      value: 0.5,
      reason: {
        nl: 'Onbekend veel mensen kunnen de gegevens hebben gezien.',
        en: 'An unknown number of people may have seen the data.',
      },
    };
  if (input.disclosedTo === 'known_recipients')
    return {
      value: 0.25,
      reason: {
        nl: 'Een bekende groep kon de gegevens zien, zoals andere klanten die elkaars gegevens konden inzien.',
        en: 'A known group could see the data, such as other customers who could see each other’s data.',
      },
    };
  if (
    input.disclosedTo === undefined &&
    (input.incidentKind === 'misdirected_mail' || input.incidentKind === 'staff_unauthorised_access')
  )
    return {
      value: 0.25,
      reason: {
        nl: 'Bekende personen hebben de gegevens gezien of gekregen.',
        en: 'Known people saw or received the data.',
      },
    };
  return {
    value: 0,
    reason: {
      nl: 'Er is geen bewijs dat iemand de gegevens heeft ingezien of gebruikt.',
      en: 'There is no evidence that anyone viewed or used the data.',
    },
  };
}

const integrityScores: Record<AssessmentInput['integrity'], CbElement> = {
  not_affected: {
    value: 0,
    reason: { nl: 'De gegevens zijn niet veranderd.', en: 'The data was not altered.' },
  },
  altered_recoverable: {
    value: 0,
    reason: {
      nl: 'De gegevens zijn veranderd, maar de juiste versie is terug te halen.',
      en: 'The data was altered, but the correct version can be recovered.',
    },
  },
  altered_possibly_used_recoverable: {
    value: 0.25,
    reason: {
      nl: 'De gegevens zijn veranderd en zijn misschien verkeerd gebruikt, maar de juiste versie is terug te halen.',
      en: 'The data was altered and may have been misused, but the correct version can be recovered.',
    },
  },
  altered_not_recoverable: {
    value: 0.5,
    reason: {
      nl: 'De gegevens zijn veranderd en de juiste versie is niet terug te halen.',
      en: 'The data was altered and the correct version cannot be recovered.',
    },
  },
  altered_and_used: {
    value: 0.5,
    reason: {
      nl: 'De gegevens zijn veranderd en al gebruikt op een manier die mensen kan schaden.',
      en: 'The data was altered and already used in a way that can harm people.',
    },
  },
};

/** ENISA loss of integrity. */
export function scoreIntegrity(input: AssessmentInput): CbElement {
  return integrityScores[input.integrity];
}

/**
 * ENISA loss of availability: 0 when the data came back without difficulty (restored from a
 * backup within a day), +0.25 when it was away for longer, +0.5 when it cannot be restored.
 */
export function scoreAvailability(input: AssessmentInput): CbElement {
  const { lost, restoredFromBackup, hoursUnavailable = 0, recovery } = input.availability;
  if (lost && recovery) return recoveryScores[recovery];
  if (!lost)
    return {
      value: 0,
      reason: { nl: 'De gegevens bleven steeds bereikbaar.', en: 'The data stayed available throughout.' },
    };
  if (restoredFromBackup && hoursUnavailable <= quickRestoreHours)
    return {
      value: 0,
      reason: {
        nl: `De gegevens zijn binnen ${quickRestoreHours} uur teruggezet uit een back-up.`,
        en: `The data was restored from a backup within ${quickRestoreHours} hours.`,
      },
    };
  if (restoredFromBackup)
    return {
      value: 0.25,
      reason: {
        nl: `De gegevens waren ${hoursUnavailable} uur niet bereikbaar. Daarna zijn ze teruggezet.`,
        en: `The data was unavailable for ${hoursUnavailable} hours before it was restored.`,
      },
    };
  return {
    value: 0.5,
    reason: {
      nl: 'De gegevens zijn niet teruggezet uit een back-up. Ze kunnen voorgoed weg zijn.',
      en: 'The data was not restored from a backup. It may be lost for good.',
    },
  };
}

const recoveryScores: Record<NonNullable<AssessmentInput['availability']['recovery']>, CbElement> = {
  without_difficulty: {
    value: 0,
    reason: {
      nl: 'De gegevens waren zonder moeite terug te halen, bijvoorbeeld uit een andere kopie.',
      en: 'The data could be recovered without difficulty, for example from another copy.',
    },
  },
  with_some_processing: {
    value: 0.25,
    reason: {
      nl: 'De gegevens zijn terug te halen, maar dat kost werk en tijd.',
      en: 'The data can be recovered, but it takes work and time.',
    },
  },
  supplied_again_by_people: {
    value: 0.25,
    reason: {
      nl: 'Er is geen back-up, maar de mensen zelf kunnen de gegevens opnieuw geven.',
      en: 'There is no backup, but the people themselves can supply the data again.',
    },
  },
  not_recoverable: {
    value: 0.5,
    reason: {
      nl: 'De gegevens zijn niet terug te halen, ook niet via de mensen zelf.',
      en: 'The data cannot be recovered, not even from the people themselves.',
    },
  },
};

/** ENISA malicious intent: +0.5 when the breach was caused on purpose. */
export function scoreMaliciousIntent(input: AssessmentInput): CbElement {
  return input.maliciousIntent
    ? {
        value: 0.5,
        reason: {
          nl: 'Iemand veroorzaakte het lek met opzet.',
          en: 'Someone caused the breach on purpose.',
        },
      }
    : {
        value: 0,
        reason: {
          nl: 'Het lek kwam door een fout, niet met opzet.',
          en: 'The breach came from a mistake, not on purpose.',
        },
      };
}

/** All four ENISA circumstances and their sum. */
export function scoreCircumstances(input: AssessmentInput): Severity['cb'] {
  const confidentiality = scoreConfidentiality(input);
  const integrity = scoreIntegrity(input);
  const availability = scoreAvailability(input);
  const maliciousIntent = scoreMaliciousIntent(input);
  const total = confidentiality.value + integrity.value + availability.value + maliciousIntent.value;
  return { confidentiality, integrity, availability, maliciousIntent, total };
}
