import type { AssessmentInput } from './input-schema.ts';
import type { Assessment } from './output-schema.ts';

type Item = Assessment['documentation'][number];

/**
 * What the organisation must keep in its own register (Art. 33(5) GDPR: the facts, the effects
 * and the remedial action), plus the proof each decision of this assessment rests on.
 */
export function documentationList(
  input: AssessmentInput,
  decisions: Pick<Assessment, 'notifyAuthority' | 'informPeople' | 'deadline'>,
): Item[] {
  const items: Item[] = [
    {
      id: 'facts',
      text: {
        nl: 'De feiten: wat er gebeurde, wanneer, hoe u het ontdekte, welke gegevens en hoeveel mensen en records.',
        en: 'The facts: what happened, when, how you found out, which data and how many people and records.',
      },
    },
    {
      id: 'awareness',
      text: {
        nl: 'Het moment waarop u van het lek wist, en waarom u dat moment kiest.',
        en: 'The moment you became aware of the breach, and why you take that moment.',
      },
    },
    {
      id: 'effects',
      text: {
        nl: 'De gevolgen voor de mensen, zoals u die nu ziet.',
        en: 'The consequences for the people, as you see them now.',
      },
    },
    {
      id: 'remedial_action',
      text: {
        nl: 'Wat u deed om het lek te stoppen en de gevolgen te beperken.',
        en: 'What you did to stop the breach and limit its consequences.',
      },
    },
    {
      id: 'assessment',
      text: {
        nl: 'Deze beoordeling: de ENISA-score met elk onderdeel, het risico en de redenen voor elke keuze.',
        en: 'This assessment: the ENISA score with each component, the risk and the reasons for each decision.',
      },
    },
  ];
  if (decisions.notifyAuthority.required)
    items.push({
      id: 'authority_notification',
      text: {
        nl: 'De melding aan de Autoriteit Persoonsgegevens, elke aanvulling, en wanneer u die deed.',
        en: 'The notification to the Dutch Data Protection Authority, each follow-up, and when you sent them.',
      },
    });
  else
    items.push({
      id: 'no_notification_reason',
      text: {
        nl: 'Waarom u het lek niet meldt bij de Autoriteit Persoonsgegevens.',
        en: 'Why you do not notify the Dutch Data Protection Authority.',
      },
    });
  if (decisions.deadline.applies && decisions.deadline.passed)
    items.push({
      id: 'delay_reasons',
      text: {
        nl: 'Waarom de melding later kwam dan 72 uur na het ontdekken.',
        en: 'Why the notification came later than 72 hours after awareness.',
      },
    });
  const inform = decisions.informPeople;
  if (inform.required)
    items.push({
      id: 'people_message',
      text: {
        nl: 'Het bericht aan de mensen, wie het kreeg en wanneer.',
        en: 'The message to the people, who received it and when.',
      },
    });
  if (inform.exception === 'encrypted')
    items.push({
      id: 'encryption_proof',
      text: {
        nl: 'Bewijs van de versleuteling: welke methode, en waarom de sleutel veilig is.',
        en: 'Proof of the encryption: which method, and why the key is safe.',
      },
    });
  if (inform.exception === 'measures_taken')
    items.push({
      id: 'measures_proof',
      text: {
        nl: 'Welke maatregelen het hoge risico wegnemen, en waarom.',
        en: 'Which measures remove the high risk, and why.',
      },
    });
  if (inform.exception === 'disproportionate_effort')
    items.push({
      id: 'public_communication',
      text: {
        nl: 'Waarom ieder persoon informeren onevenredig veel moeite kost, en de tekst en datum van de openbare mededeling.',
        en: 'Why informing each person takes disproportionate effort, and the text and date of the public communication.',
      },
    });
  if (input.recipientTrusted)
    items.push({
      id: 'recipient_confirmation',
      text: {
        nl: 'De schriftelijke bevestiging van de ontvanger dat de gegevens zijn verwijderd.',
        en: "The recipient's written confirmation that the data was deleted.",
      },
    });
  return items;
}
