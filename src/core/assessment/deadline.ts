import type { Localized } from '../i18n/lang.ts';
import { formatUtc } from './labels.ts';
import type { Assessment } from './output-schema.ts';

const hour = 3_600_000;
/** Art. 33(1): where feasible, notify within 72 hours of becoming aware. */
export const notificationHours = 72;

/**
 * The 72-hour deadline counted from awareness, and where `now` stands against it.
 * @example computeDeadline({ awareAt: '2026-07-06T09:00:00Z', now: new Date('2026-07-07T09:00:00Z'), applies: true }).hoursLeft // 48
 */
export function computeDeadline(options: {
  awareAt: string;
  now: Date;
  applies: boolean;
}): Assessment['deadline'] {
  const aware = new Date(options.awareAt);
  const deadline = new Date(aware.getTime() + notificationHours * hour);
  const diff = deadline.getTime() - options.now.getTime();
  const passed = diff < 0;
  const hoursLeft = passed ? 0 : Math.floor(diff / hour);
  const hoursOverdue = passed ? Math.floor(-diff / hour) : 0;
  const at = formatUtc(deadline.toISOString());
  const reasons: Localized[] = [];
  if (!options.applies)
    reasons.push({
      nl: `Melden hoeft niet, dus de termijn van 72 uur (tot ${at}) geldt niet. Zet wel in uw register wanneer u van het lek wist.`,
      en: `No notification is required, so the 72-hour deadline (until ${at}) does not apply. Do record in your register when you learned of the breach.`,
    });
  else if (!passed)
    reasons.push({
      nl: `Meld uiterlijk ${at}. U heeft nog ${hoursLeft} uur.`,
      en: `Notify by ${at} at the latest. You have ${hoursLeft} hours left.`,
    });
  else
    reasons.push({
      nl: `De 72 uur zijn voorbij sinds ${at} (${hoursOverdue} uur geleden). Meld nu en leg in de melding uit waarom het later is (artikel 33 lid 1 AVG).`,
      en: `The 72 hours ended at ${at} (${hoursOverdue} hours ago). Notify now and explain the delay in the notification (Art. 33(1) GDPR).`,
    });
  return {
    applies: options.applies,
    awareAt: aware.toISOString(),
    deadlineAt: deadline.toISOString(),
    passed,
    hoursLeft,
    hoursOverdue,
    reasons,
  };
}
