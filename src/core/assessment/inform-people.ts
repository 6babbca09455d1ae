import type { Localized } from '../i18n/lang.ts';
import type { AssessmentInput } from './input-schema.ts';
import type { Assessment } from './output-schema.ts';

const whatToTell: Localized = {
  nl: 'Vertel in duidelijke, eenvoudige taal: wat er gebeurde en welke gegevens, wie ze kunnen bellen of mailen, wat de gevolgen kunnen zijn, wat u doet, en wat zij zelf kunnen doen om zich te beschermen.',
  en: 'Tell them in clear, plain language: what happened and which data, whom they can contact, the likely consequences, what you are doing, and what they can do themselves to stay safe.',
};

/**
 * Art. 34 GDPR: inform the people when the breach is likely to result in a high risk, unless one
 * of the Art. 34(3) exceptions applies: (a) the data is unintelligible, (b) later measures make
 * the high risk no longer likely, (c) it would take disproportionate effort; then a public
 * communication takes its place.
 */
export function decideInformPeople(
  input: AssessmentInput,
  risk: Assessment['risk'],
): Assessment['informPeople'] {
  if (risk.levelIfIntelligible !== 'high_risk' && risk.level !== 'high_risk')
    return {
      required: false,
      publicCommunicationRequired: false,
      reasons: [
        {
          nl: 'Er is geen hoog risico voor mensen. De wet verplicht u dan niet om hen te informeren (artikel 34 AVG).',
          en: 'There is no high risk for people. The law then does not require you to inform them (Art. 34 GDPR).',
        },
        {
          nl: 'U mag mensen wel informeren. Dat helpt hen om alert te zijn, bijvoorbeeld op phishing.',
          en: 'You may still inform them. It helps them stay alert, for example to phishing.',
        },
      ],
    };

  const highRisk: Localized = {
    nl: 'Het lek geeft waarschijnlijk een hoog risico voor mensen.',
    en: 'The breach is likely to result in a high risk for people.',
  };
  if (risk.unintelligible && risk.level !== 'high_risk')
    return {
      required: false,
      exception: 'encrypted',
      publicCommunicationRequired: false,
      reasons: [
        {
          nl: 'Als de gegevens leesbaar waren, was het risico hoog. Maar ze zijn versleuteld en de sleutel is veilig. Mensen informeren hoeft dan niet (artikel 34 lid 3a AVG).',
          en: 'Had the data been readable, the risk would be high. But it is encrypted and the key is safe. Informing people is then not required (Art. 34(3)(a) GDPR).',
        },
      ],
    };
  if (input.measuresMakeHighRiskUnlikely)
    return {
      required: false,
      exception: 'measures_taken',
      publicCommunicationRequired: false,
      reasons: [
        highRisk,
        {
          nl: 'U heeft daarna maatregelen genomen waardoor het hoge risico niet meer waarschijnlijk is. Mensen informeren hoeft dan niet (artikel 34 lid 3b AVG). Leg vast welke maatregelen dat zijn en waarom ze werken.',
          en: 'You took measures afterwards that make the high risk no longer likely. Informing people is then not required (Art. 34(3)(b) GDPR). Record which measures and why they work.',
        },
      ],
    };
  if (input.disproportionateEffort)
    return {
      required: false,
      exception: 'disproportionate_effort',
      publicCommunicationRequired: true,
      reasons: [
        highRisk,
        {
          nl: 'Ieder persoon apart informeren kost onevenredig veel moeite. Dan moet u wel een openbare mededeling doen die mensen even goed bereikt (artikel 34 lid 3c AVG).',
          en: 'Informing each person would take disproportionate effort. You must then make a public communication that reaches people equally well (Art. 34(3)(c) GDPR).',
        },
        input.publicCommunicationPlanned
          ? {
              nl: 'U heeft een openbare mededeling gepland. ' + whatToTell.nl,
              en: 'You have planned a public communication. ' + whatToTell.en,
            }
          : {
              nl: 'U heeft nog geen openbare mededeling gepland. Plan die nu, anders geldt deze uitzondering niet.',
              en: 'You have not planned a public communication yet. Plan it now, or this exception does not apply.',
            },
      ],
    };
  return {
    required: true,
    publicCommunicationRequired: false,
    reasons: [
      {
        nl: highRisk.nl + ' Informeer hen daarom zonder onnodige vertraging (artikel 34 AVG).',
        en: highRisk.en + ' So inform them without undue delay (Art. 34 GDPR).',
      },
      whatToTell,
    ],
  };
}
