import type { Lang } from '../../i18n/lang.ts';
import { finding, type Rule } from '../context.ts';
import { passiveVoiceMessage } from '../messages.ts';
import type { Token } from '../tokens.ts';
import type { Finding } from '../types.ts';

interface PassivePattern {
  auxiliaries: ReadonlySet<string>;
  /** How many words may stand between the auxiliary and the participle. */
  window: number;
  isParticiple(word: string): boolean;
}

// Dutch past participles of weak verbs: gelekt, gedeeld, verstuurd, beveiligd. Nouns of the
// same shape (bericht, gezondheid) are excluded; strong verbs are listed.
const dutchNotParticiple =
  /(?:heid|teit|schap)$|^(?:bericht|gebied|gezicht|gewicht|gedicht|geluid|gebed|verband|verbond|verschil|gezet)$/u;
const dutchStrong = new Set(
  'gestolen gegeven gezien gelezen geschreven gevonden gedragen genomen gesloten verzonden ontvangen verboden gedaan gebleven gekozen gevraagd gebroken verloren verkregen bekeken ontdekt gezonden gehouden geholpen geworden'.split(
    ' ',
  ),
);
const english = /^\p{L}{2,}ed$/u;
const englishNotParticiple = new Set(
  'need feed seed speed bed red shed hundred indeed breed bleed'.split(' '),
);
const englishStrong = new Set(
  'stolen taken given known seen sent made done shown written found lost held told paid sold kept left hidden broken chosen built caught bought brought meant spent understood thought put set hit sent drawn driven forgotten'.split(
    ' ',
  ),
);

const patterns: Record<Lang, PassivePattern> = {
  nl: {
    auxiliaries: new Set(['wordt', 'worden', 'werd', 'werden']),
    window: 6,
    isParticiple: (w) =>
      dutchStrong.has(w) ||
      (/^(?:ge|be|ver|ont|her|er)\p{L}{2,}[dt]$/u.test(w) && !dutchNotParticiple.test(w)),
  },
  en: {
    auxiliaries: new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']),
    window: 2,
    isParticiple: (w) => englishStrong.has(w) || (english.test(w) && !englishNotParticiple.has(w)),
  },
};

function words(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind === 'word');
}

/**
 * A soft hint for the passive voice ("uw gegevens worden gedeeld", "your data was leaked"):
 * readers understand a sentence better when it says who does what.
 */
export const passiveVoice: Rule = ({ text, lang, sentences }) => {
  const pattern = patterns[lang];
  const found: Finding[] = [];
  for (const sentence of sentences) {
    const list = words(sentence.tokens);
    for (let i = 0; i < list.length; i++) {
      const aux = list[i];
      if (!aux || !pattern.auxiliaries.has(aux.text.toLowerCase())) continue;
      const participle = list
        .slice(i + 1, i + 2 + pattern.window)
        .find((t) => pattern.isParticiple(t.text.toLowerCase()));
      if (!participle) continue;
      const span = { start: aux.start, end: participle.end };
      found.push(
        finding(text, span, {
          rule: 'passive-voice',
          severity: 'hint',
          message: passiveVoiceMessage(text.slice(span.start, span.end)),
        }),
      );
    }
  }
  return found;
};
