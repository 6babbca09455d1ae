import type { Lang } from '../../i18n/lang.ts';
import { finding, type Rule } from '../context.ts';
import { passiveVoiceMessage } from '../messages.ts';
import type { Token } from '../tokens.ts';
import type { Finding } from '../types.ts';

interface PassivePattern {
  auxiliaries: ReadonlySet<string>;
  /** How many words may stand between the auxiliary and the participle. */
  window: number;
  /**
   * How many words before the auxiliary may hold the participle: a Dutch subordinate clause
   * puts it first ("dat dit niet uitgesloten kan worden").
   */
  before: number;
  isParticiple(word: string): boolean;
}

// Dutch past participles of weak verbs: gelekt, gedeeld, verstuurd, beveiligd. Nouns of the
// same shape (bericht, gezondheid) are excluded; strong verbs are listed.
const dutchNotParticiple =
  /(?:heid|teit|schap)$|^(?:bericht|gebied|gezicht|gewicht|gedicht|geluid|gebed|verband|verbond|verschil|gezet)$/u;
const dutchStrong = new Set(
  'gestolen gegeven gezien gelezen geschreven gevonden gedragen genomen gesloten verzonden ontvangen verboden gedaan gebleven gekozen gevraagd gebroken verloren verkregen bekeken ontdekt gezonden gehouden geholpen geworden gesloten gedragen bevonden'.split(
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

// Separable verbs put their particle before "ge": uitgesloten, opgemerkt, vastgesteld.
const dutchParticle =
  /^(?:aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg|vrij)(?=ge)/u;

function isDutchParticiple(word: string): boolean {
  const core = word.replace(dutchParticle, '');
  return (
    dutchStrong.has(core) ||
    (/^(?:ge|be|ver|ont|her|er)\p{L}{2,}[dt]$/u.test(core) && !dutchNotParticiple.test(core))
  );
}

const patterns: Record<Lang, PassivePattern> = {
  nl: {
    auxiliaries: new Set(['wordt', 'worden', 'werd', 'werden']),
    window: 6,
    before: 3,
    isParticiple: isDutchParticiple,
  },
  en: {
    auxiliaries: new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']),
    window: 2,
    before: 0,
    isParticiple: (w) => englishStrong.has(w) || (english.test(w) && !englishNotParticiple.has(w)),
  },
};

/** Words that start a new clause: a participle after them belongs to that clause. */
const clauseStarts = new Set([
  'dat',
  'die',
  'of',
  'omdat',
  'als',
  'want',
  'maar',
  'en',
  'that',
  'which',
  'because',
]);

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
      // A participle just before the auxiliary wins ("uitgesloten kan worden"); after it, the
      // search stops where a new clause starts, so "worden dat … ingezien" is not one passive.
      const before = list
        .slice(Math.max(0, i - pattern.before), i)
        .reverse()
        .find((t) => pattern.isParticiple(t.text.toLowerCase()));
      const window = list.slice(i + 1, i + 2 + pattern.window);
      const clauseEnd = window.findIndex((t) => clauseStarts.has(t.text.toLowerCase()));
      const after = before
        ? undefined
        : (clauseEnd < 0 ? window : window.slice(0, clauseEnd)).find((t) =>
            pattern.isParticiple(t.text.toLowerCase()),
          );
      const participle = before ?? after;
      if (!participle) continue;
      const span = after ? { start: aux.start, end: after.end } : { start: participle.start, end: aux.end };
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
