import type { Localized } from '../i18n/lang.ts';

/** The fixed words of the review sheet, in Dutch and English. */
export const sheetTexts = {
  title: {
    nl: 'Beoordelingsblad: het advies van Datalekwijzer',
    en: 'Review sheet: the advice of Datalekwijzer',
  },
  made: { nl: 'Gemaakt op {date} uit de map content/.', en: 'Made on {date} from the content/ folder.' },
  howTo: {
    nl: 'Lees elke bewering naast de bron die erbij staat. Zet een kruisje per item en schrijf uw opmerking eronder. Zegt een bron iets niet? Kruis dat aan: dan halen wij de bewering weg of zoeken een bron die het wel zegt.',
    en: 'Read each claim next to the source given with it. Tick one box per item and write your remark below it. Does a source not say something? Tick that box: we then remove the claim or find a source that does say it.',
  },
  statusHeading: { nl: 'Stand van de beoordeling', en: 'State of the review' },
  statusItems: {
    nl: '{total} items: {current} gecontroleerd op de huidige tekst, {changed} veranderd na de laatste controle, {missing} nooit gecontroleerd.',
    en: '{total} items: {current} checked against their current text, {changed} changed since their last check, {missing} never checked.',
  },
  expertOutstanding: {
    nl: 'Een beoordeling door een deskundige van buiten het team staat nog open voor {outstanding} van de {total} items. De controles hieronder zijn de eigen controle van het ontwikkelteam tegen de bronnen, geen beoordeling door een deskundige.',
    en: 'A review by an expert from outside the team is still outstanding for {outstanding} of the {total} items. The checks below are the development team’s own check against the sources, not an expert review.',
  },
  changesHeading: {
    nl: 'Wat is veranderd sinds de laatste beoordeling',
    en: 'What changed since the last review',
  },
  changedItem: {
    nl: 'Tekst veranderd na de controle van {date}',
    en: 'Text changed after the check of {date}',
  },
  newItem: { nl: 'Nieuw: nog nooit gecontroleerd', en: 'New: never checked' },
  noChanges: {
    nl: 'Geen: elk item is gecontroleerd op zijn huidige tekst. Hieronder staan de wijzigingen die bij de laatste controle zijn genoteerd.',
    en: 'None: every item was checked against its current text. Below are the changes noted at the last check.',
  },
  notedHeading: { nl: 'Genoteerde wijzigingen', en: 'Noted changes' },
  claimsHeading: { nl: 'Alle beweringen met hun bronnen', en: 'Every claim with its sources' },
  sections: {
    risk: { nl: 'Risico’s', en: 'Risks' },
    action: { nl: 'Stappen', en: 'Actions' },
    question: { nl: 'Vragen en antwoorden', en: 'Questions and answers' },
    contact: { nl: 'Contacten', en: 'Contacts' },
  } satisfies Record<string, Localized>,
  when: { nl: 'Geldt bij deze gegevens: {data}', en: 'Applies when these data leaked: {data}' },
  always: { nl: 'Geldt voor iedereen', en: 'Applies to everyone' },
  notWhen: { nl: 'Niet bij: {data}', en: 'Not when: {data}' },
  ruleLine: { nl: '{data}: intern gewicht {score}', en: '{data}: internal weight {score}' },
  extraLine: { nl: 'Alleen bij {data}: {text}', en: 'Only when {data}: {text}' },
  fingerprint: {
    nl: 'Vingerafdruk van de tekst: {fingerprint}',
    en: 'Fingerprint of the text: {fingerprint}',
  },
  lastCheck: {
    nl: 'Laatste controle: {date}, {by} ({role}), tegen {sources}. Deskundige: {expert}.',
    en: 'Last check: {date}, {by} ({role}), against {sources}. Expert: {expert}.',
  },
  neverChecked: {
    nl: 'Nog nooit gecontroleerd. Deskundige: {expert}.',
    en: 'Never checked. Expert: {expert}.',
  },
  expertDone: { nl: 'beoordeeld', en: 'reviewed' },
  expertOpen: { nl: 'staat nog open', en: 'still outstanding' },
  noSource: { nl: 'geen bron', en: 'no source' },
  sourcesLabel: { nl: 'Bronnen:', en: 'Sources:' },
  says: { nl: 'zegt', en: 'says' },
  quote: { nl: 'citaat', en: 'quote' },
  noQuote: {
    nl: 'geen letterlijk citaat vastgelegd: controleer de bron zelf',
    en: 'no verbatim quote recorded: please check the source itself',
  },
  boxes: {
    nl: ['Akkoord', 'Aanpassen (schrijf hieronder wat)', 'De bron zegt dit niet'],
    en: ['Agreed', 'Change needed (write below what)', 'The source does not say this'],
  },
  casesHeading: { nl: 'Het plan voor zes gewone gevallen', en: 'The plan for six typical cases' },
  caseData: { nl: 'Gelekt: {data}', en: 'Leaked: {data}' },
  caseRisks: { nl: 'Risico’s, grootste eerst:', en: 'Risks, biggest first:' },
  caseActions: { nl: 'Stappen, in volgorde:', en: 'Actions, in order:' },
  caseQuestions: { nl: 'Vragen bij dit plan:', en: 'Questions in this plan:' },
  caseBoxes: {
    nl: ['De volgorde klopt', 'Er ontbreekt iets (schrijf hieronder wat)', 'Er staat iets te veel in'],
    en: ['The order is right', 'Something is missing (write below what)', 'Something should not be there'],
  },
} as const;

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
