import type { CodeProblem } from '../core/codes/index.ts';
import { readMessageInput, type MessagePart } from '../core/codes/read-message-input.ts';
import type { Localized } from '../core/i18n/lang.ts';
import type { Deps } from './deps.ts';
import { getBreachGuideContext, type BreachGuideContext } from './get-personal-guide.ts';
import { lookUpPersonalCode, type CodeDeps } from './look-up-personal-code.ts';

/** A message round under a code: the day it was sent and how (`pdf` is a letter, `email`, …). */
export interface SentMessage {
  sentOn: string;
  channel: string;
}

/** The answer to "is this message genuine?": only public facts, nothing about the person. */
export type GenuineCheck =
  | {
      outcome: 'genuine';
      breachTitle: Localized;
      organisationName: string;
      /** The organisation's helpline number, for calling back on a number it published itself. */
      helplinePhone: string | null;
      /** The message rounds sent under this code, oldest first, with their channel. */
      sent: SentMessage[];
      /** The code was found inside a pasted text or link, not typed on its own. */
      inText: boolean;
    }
  | { outcome: 'typo'; problem: CodeProblem; detail: Localized; fromLink: boolean }
  | { outcome: 'unknown'; inText: boolean }
  /** The input holds no code: a message text, a link, a phone number or an e-mail address. */
  | { outcome: 'no_code'; parts: MessagePart[]; linkHosts: string[] };

/**
 * Checks what someone pasted from a letter, e-mail or SMS. A code (typed, scanned, or found
 * inside the pasted text) is looked up; the answer names the breach, the organisation and when
 * and how messages with that code were sent — never what leaked about the person, so a code
 * found on someone else's letter reveals nothing personal. Input without a code is said to be
 * so plainly, with what it held instead: most phishing messages carry no code at all.
 */
export async function checkMessageGenuine(
  deps: Deps &
    CodeDeps & {
      /** Where the breach context comes from; the web passes its short-lived cache. */
      breachContext?: (breachId: string) => Promise<BreachGuideContext>;
    },
  options: { input: string },
): Promise<GenuineCheck> {
  const read = readMessageInput(options.input);
  if (read.kind === 'no_code') return { outcome: 'no_code', parts: read.parts, linkHosts: read.linkHosts };
  const inText = read.kind === 'code_in_text';
  const lookup = await lookUpPersonalCode(deps, { code: read.code });
  if (lookup.outcome === 'typo')
    return {
      outcome: 'typo',
      problem: lookup.problem,
      detail: lookup.detail,
      fromLink: read.kind === 'code' && read.fromLink,
    };
  if (lookup.outcome === 'unknown') return { outcome: 'unknown', inText };
  const [context, rounds] = await Promise.all([
    deps.breachContext
      ? deps.breachContext(lookup.record.breachId)
      : getBreachGuideContext(deps, { breachId: lookup.record.breachId, visibility: 'code_holder' }),
    deps.codes.listCodeRounds(lookup.codeHash),
  ]);
  return {
    outcome: 'genuine',
    breachTitle: context.breach.title,
    organisationName: context.breach.organisationName,
    helplinePhone: context.breach.helpline?.phone ?? null,
    sent: rounds.map((round) => ({ sentOn: round.sentOn, channel: round.channel })),
    inText,
  };
}
