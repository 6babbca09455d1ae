import type { CodeProblem } from '../core/codes/index.ts';
import type { Localized } from '../core/i18n/lang.ts';
import type { Deps } from './deps.ts';
import { getBreachGuideContext, type BreachGuideContext } from './get-personal-guide.ts';
import { lookUpPersonalCode, type CodeDeps } from './look-up-personal-code.ts';

/** The answer to "is this message genuine?": only public facts, nothing about the person. */
export type GenuineCheck =
  | {
      outcome: 'genuine';
      breachTitle: Localized;
      organisationName: string;
      /** The dates of the message rounds sent under this code, oldest first. */
      sentOn: string[];
    }
  | { outcome: 'typo'; problem: CodeProblem; detail: Localized }
  | { outcome: 'unknown' };

/**
 * Checks whether a code from a letter, e-mail or SMS belongs to a real notification. The answer
 * names the breach, the organisation and the dates of the messages — never what leaked about
 * the person, so a code found on someone else's letter reveals nothing personal.
 */
export async function checkMessageGenuine(
  deps: Deps &
    CodeDeps & {
      /** Where the breach context comes from; the web passes its short-lived cache. */
      breachContext?: (breachId: string) => Promise<BreachGuideContext>;
    },
  options: { code: string },
): Promise<GenuineCheck> {
  const lookup = await lookUpPersonalCode(deps, options);
  if (lookup.outcome === 'typo') return { outcome: 'typo', problem: lookup.problem, detail: lookup.detail };
  if (lookup.outcome === 'unknown') return lookup;
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
    sentOn: rounds.map((round) => round.sentOn),
  };
}
