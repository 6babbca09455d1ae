import type { Localized } from '../i18n/lang.ts';
import { messages } from './messages.ts';
import type { ApFormSectionId } from './form-sections.ts';

/** Headings of the AP form's sections, in Dutch as the form has them and in English. */
export const sectionLabels: Record<ApFormSectionId, Localized> = messages.sectionLabels;

/** Names of the kinds of breach the AP form asks about. */
export const breachTypeNames: Record<string, Localized> = messages.breachTypeNames;

/** Whether people were informed. */
export const statusNames: Record<string, Localized> = messages.statusNames;

/** How people were informed. */
export const meansNames: Record<string, Localized> = messages.meansNames;
