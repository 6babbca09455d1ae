import type { Localized } from '../i18n/lang.ts';
import { riskLevelNames } from './labels.ts';
import type { Assessment } from './output-schema.ts';

/** Art. 33 GDPR: notify the authority unless the breach is unlikely to result in a risk. */
export function decideNotifyAuthority(risk: Assessment['risk']): Assessment['notifyAuthority'] {
  const reasons: Localized[] = [];
  if (risk.level !== 'no_risk') {
    reasons.push({
      nl: `Het lek geeft waarschijnlijk een risico voor mensen (${riskLevelNames[risk.level].nl}). Meld het daarom bij de Autoriteit Persoonsgegevens (artikel 33 AVG).`,
      en: `The breach is likely to result in a risk for people (${riskLevelNames[risk.level].en}). So notify the Dutch Data Protection Authority (Art. 33 GDPR).`,
    });
    reasons.push({
      nl: 'Meld zonder onnodige vertraging en zo mogelijk binnen 72 uur. Weet u nog niet alles? Meld dan wat u weet en vul het later aan.',
      en: 'Notify without undue delay and where possible within 72 hours. Not everything known yet? Notify what you know and add the rest later.',
    });
    return { required: true, reasons };
  }
  reasons.push({
    nl: 'Het lek geeft waarschijnlijk geen risico voor mensen. Melden bij de Autoriteit Persoonsgegevens hoeft dan niet (artikel 33 lid 1 AVG).',
    en: 'The breach is unlikely to result in a risk for people. Notifying the Dutch Data Protection Authority is then not required (Art. 33(1) GDPR).',
  });
  if (risk.unintelligible && risk.levelIfIntelligible !== 'no_risk')
    reasons.push({
      nl: 'Dat komt door de versleuteling. Blijkt de sleutel toch niet veilig? Meld het lek dan alsnog.',
      en: 'That is thanks to the encryption. If the key turns out not to be safe, notify after all.',
    });
  reasons.push({
    nl: 'Leg het lek en deze keuze wel vast in uw eigen register (artikel 33 lid 5 AVG).',
    en: 'Do record the breach and this decision in your own register (Art. 33(5) GDPR).',
  });
  return { required: false, reasons };
}
