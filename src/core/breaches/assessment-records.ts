// Read model of the assessments and authority notifications stored with a breach. Storage
// fills these; the web layer imports them from here, never from storage.
import type { AssessmentInput } from '../assessment/input-schema.ts';
import type { Assessment } from '../assessment/output-schema.ts';
import type { AuthorityNotification } from '../authority-notification/build-authority-notification.ts';
import type { Lang } from '../i18n/lang.ts';

/** One assessment as stored with its breach: the facts weighed and the outcome. */
export interface StoredAssessment {
  id: string;
  breachId: string;
  organisationId: string;
  facts: AssessmentInput;
  assessment: Assessment;
  assessedAt: string;
  assessedBy: string | null;
}

/** One recorded phase of the notification to the authority: an internal timeline entry. */
export interface StoredAuthorityNotification {
  id: string;
  breachId: string;
  assessmentId: string;
  phaseNumber: number;
  preparedAt: string;
  lang: Lang;
  complete: boolean;
  notification: AuthorityNotification;
  recordedBy: string | null;
}
