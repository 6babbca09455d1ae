export {
  composeLetterEmail,
  letterMailOptions,
  letterMessageId,
  type EmailSender,
  type LetterMailOptions,
  type OutgoingEmail,
} from './compose-letter-email.ts';
export { escapeHtml, renderLetterHtml } from './render-html.ts';
export { renderLetterText } from './render-text.ts';
export {
  createSmtpSender,
  smtpConnections,
  type DeliveryStatus,
  type SmtpSender,
  type SmtpSenderOptions,
} from './smtp-sender.ts';
export { emlFileName, writeEml } from './write-eml.ts';
