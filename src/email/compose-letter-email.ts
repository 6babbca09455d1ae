import { createHash } from 'node:crypto';
import type Mail from 'nodemailer/lib/mailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Letter } from '../core/letters/types.ts';
import { renderLetterHtml } from './render-html.ts';
import { renderLetterText } from './render-text.ts';

/** A composed message, ready to write as `.eml` or to hand to the SMTP sender. */
export interface OutgoingEmail {
  row: number;
  messageId: string;
  envelope: { from: string; to: string };
  /** The whole RFC 5322 message; the same bytes go to SMTP and to a `.eml` file. */
  raw: Buffer;
}

export interface EmailSender {
  /** The From address, e.g. `"BVO Nederland" <datalek@bvo.example>`; its domain names the Message-ID. */
  from: string;
  /** The mailbox that answers replies (the helpline team), if not the From address. */
  replyTo?: string;
  /** Address for bounces (SMTP MAIL FROM); defaults to the From address. */
  bounceAddress?: string;
}

function domainOf(address: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(address);
  if (!match?.[1]) throw new RangeError(`No domain in address: ${address}`);
  return match[1].toLowerCase();
}

function bareAddress(address: string): string {
  return /<([^>]+)>/.exec(address)?.[1] ?? address.trim();
}

/**
 * Message-ID from breach, recipient row and round only: a retry or a rerun of the same job
 * produces the same ID, so receiving servers and mail programs can drop duplicates.
 */
export function letterMessageId(breachId: string, row: number, round: number, domain: string): string {
  const digest = createHash('sha256').update(`${breachId}\n${row}\n${round}`).digest('hex').slice(0, 32);
  return `<${digest}.r${round}@${domain}>`;
}

/** What nodemailer's composer gets for one letter: every part, header and boundary of the message. */
export type LetterMailOptions = Mail.Options & { messageId: string; baseBoundary: string };

/**
 * The composer's options for one letter: text and HTML parts, deterministic Message-ID and MIME
 * boundaries, headers that ask mail servers not to send auto-replies. With the same input and
 * `date`, the composed bytes are identical.
 */
export function letterMailOptions(
  letter: Letter,
  to: string,
  sender: EmailSender,
  date: Date,
): LetterMailOptions {
  const messageId = letterMessageId(letter.breachId, letter.row, letter.round, domainOf(sender.from));
  return {
    from: sender.from,
    to,
    replyTo: sender.replyTo,
    subject: letter.title,
    text: renderLetterText(letter),
    html: renderLetterHtml(letter),
    messageId,
    date,
    textEncoding: 'quoted-printable',
    baseBoundary: messageId.slice(1, 25),
    headers: {
      'Content-Language': letter.lang,
      // RFC 3834: an automatic message; out-of-office and other auto-replies should not answer.
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'OOF, AutoReply',
    },
  };
}

/** Composes the e-mail for one letter (see `letterMailOptions`), ready for `.eml` or SMTP. */
export async function composeLetterEmail(
  letter: Letter,
  to: string,
  sender: EmailSender,
  date: Date,
): Promise<OutgoingEmail> {
  const mail = letterMailOptions(letter, to, sender, date);
  const raw = await new MailComposer(mail).compile().build();
  return {
    row: letter.row,
    messageId: mail.messageId,
    envelope: { from: bareAddress(sender.bounceAddress ?? sender.from), to: bareAddress(to) },
    raw,
  };
}
