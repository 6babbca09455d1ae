import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import { toInternalRegisterCsv, type RegisterEntry } from '../core/assessment/index.ts';
import { csvField } from '../core/assessment/internal-register-csv.ts';
import type { BreachRecord } from '../core/breaches/breach.ts';
import { languages, type Lang } from '../core/i18n/lang.ts';
import { latestAssessmentsOf } from '../storage/repositories/assessments.ts';
import { listOrganisationBreaches } from '../storage/repositories/breach-lists.ts';
import { loadBreach } from '../storage/repositories/breaches.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { authorize } from './support/authorize.ts';
import { parseOptions } from './support/validate.ts';

export const exportInternalRegisterSchema = z.object({
  organisationId: entityId,
  lang: z.enum(languages).default('nl'),
});

export type ExportInternalRegisterOptions = { actor: Actor } & z.input<typeof exportInternalRegisterSchema>;

const notAssessed = { nl: 'nog niet beoordeeld', en: 'not assessed yet' } as const;

/** The register's 23 columns for a breach that has no assessment yet: its facts, the rest empty. */
function unassessedRow(breach: BreachRecord, lang: Lang): string {
  const cells = [
    breach.slug,
    breach.title[lang],
    '',
    breach.dates.discoveredOn ?? '',
    '',
    breach.peopleAffected === null ? '' : String(breach.peopleAffected),
    '',
    breach.dataCategories.join(' '),
    '',
    '',
    notAssessed[lang],
    '',
    '',
    '',
    '',
    '',
    breach.dates.authorityNotifiedOn ?? '',
    '',
    '',
    '',
    '',
    breach.dates.victimsNotifiedOn ?? '',
    breach.measures.map((m) => m[lang]).join('\n'),
  ];
  return `${cells.map(csvField).join(',')}\r\n`;
}

/**
 * The internal register of Art. 33(5) GDPR as CSV: every breach of the organisation, notified
 * or not, with its latest assessment and the reasons; breaches not yet assessed are listed too,
 * marked so. Any member may download it; it holds drafts, so nobody else.
 */
export async function exportInternalRegister(
  deps: Deps,
  options: ExportInternalRegisterOptions,
): Promise<{ contentType: string; fileName: string; body: string }> {
  const input = parseOptions(exportInternalRegisterSchema, options);
  authorize(options.actor, 'breach.read', {
    type: 'breach',
    organisationId: input.organisationId,
    status: 'draft',
  });
  const { items } = await listOrganisationBreaches(deps.db, input.organisationId, {
    limit: 100_000,
    offset: 0,
  });
  const latest = await latestAssessmentsOf(deps.db, input.organisationId);
  const entries: RegisterEntry[] = [];
  const unassessed: BreachRecord[] = [];
  for (const summary of [...items].reverse()) {
    const breach = await loadBreach(deps.db, summary.id);
    if (!breach) continue;
    const stored = latest.get(breach.id);
    if (!stored) {
      unassessed.push(breach);
      continue;
    }
    entries.push({
      reference: breach.slug,
      title: breach.title[input.lang],
      facts: stored.facts,
      assessment: stored.assessment,
      assessedAt: stored.assessedAt,
      remedialAction: breach.measures.map((m) => m[input.lang]).join('\n'),
      notifiedAuthorityAt: breach.dates.authorityNotifiedOn,
      peopleInformedAt: breach.dates.victimsNotifiedOn,
    });
  }
  const body =
    toInternalRegisterCsv(entries, input.lang) +
    unassessed.map((breach) => unassessedRow(breach, input.lang)).join('');
  const day = deps.clock().toISOString().slice(0, 10);
  return { contentType: 'text/csv; charset=utf-8', fileName: `internal-register-${day}.csv`, body };
}
