// The public face of the notification to the authority: adapters import from here.
export { buildAuthorityNotification, type AuthorityNotification } from './build-authority-notification.ts';
export {
  authorityNotificationInputSchema,
  authorityNotificationRequestSchema,
  parseAuthorityNotificationRequest,
  type AuthorityNotificationInput,
  type AuthorityNotificationRequest,
} from './input-schema.ts';
export { toAuthorityNotificationInput } from './to-input.ts';
export { authorityNotificationInputFromBreach, type NotificationDetails } from './from-breach-record.ts';
export { itemLabels, missingLabels } from './texts.ts';
