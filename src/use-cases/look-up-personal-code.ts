import { hashCode, validateCode, type CodeProblem } from '../core/codes/index.ts';
import type { Localized } from '../core/i18n/lang.ts';
import type { CodeLookupStore, CodeRecord } from '../core/codes/code-records.ts';

/** Use cases that turn a typed code into its stored hash need the code secret. */
export interface CodeDeps {
  /** The code tables' look-ups (`codeLookupStore(storage)`). */
  codes: CodeLookupStore;
  /** CODE_SECRET from the configuration. */
  codeSecret: string;
}

/** What a typed code turned out to be. The code itself is never part of the result. */
export type CodeLookup =
  | { outcome: 'found'; codeHash: string; record: CodeRecord }
  | { outcome: 'typo'; problem: CodeProblem; detail: Localized; position?: number | undefined }
  | { outcome: 'unknown' };

/**
 * Looks up a personal code as a person typed or scanned it: normalises it, checks the check
 * character (a typing error is reported as such, without touching the database) and finds the
 * keyed hash. Nothing here logs or stores the code.
 * @example await lookUpPersonalCode({ codes: codeLookupStore(storage), codeSecret }, { code: 'k7m-x4d-…' })
 */
export async function lookUpPersonalCode(deps: CodeDeps, options: { code: string }): Promise<CodeLookup> {
  const checked = validateCode(options.code.slice(0, 200));
  if (!checked.ok)
    return { outcome: 'typo', problem: checked.problem, detail: checked.message, position: checked.position };
  const codeHash = hashCode(checked.code, deps.codeSecret);
  const record = await deps.codes.findCodeRecord(codeHash);
  return record ? { outcome: 'found', codeHash, record } : { outcome: 'unknown' };
}

/** A short, non-reversible reference to a code hash for audit entries: never the code itself. */
export function codeHashPrefix(codeHash: string): string {
  return codeHash.slice(0, 12);
}
