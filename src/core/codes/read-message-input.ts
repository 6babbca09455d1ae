import { codeLength, symbolValue } from './alphabet.ts';
import { normalizeCode, validateCode } from './normalize-code.ts';

/** What a pasted message contained besides (or instead of) a code. */
export type MessagePart = 'link' | 'phone' | 'email' | 'text';

/**
 * What someone pasted into "is this message genuine?":
 * - `code`: only a code (maybe mistyped); `fromLink` when it came from a QR address `…/c/<CODE>`;
 * - `code_in_text`: a valid code found inside a message, a link or other text;
 * - `no_code`: no code at all — most phishing SMS and e-mails carry none — with what was in it.
 */
export type MessageInput =
  | { kind: 'code'; code: string; fromLink: boolean }
  | { kind: 'code_in_text'; code: string; parts: MessagePart[] }
  | { kind: 'no_code'; parts: MessagePart[]; linkHosts: string[] };

const linkPattern =
  /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:nl|com|net|org|eu|info|biz|io|app|me|co|online|site|top|xyz)(?:\/[^\s<>"']*)?/giu;
const emailPattern = /[^\s@<>"'(),;:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/giu;
/** Dutch and international phone numbers: +31 6 1234 5678, 06-12345678, 0800 1617, 088-786 73 72. */
const phonePattern = /(?:\+|00)\d[\d\s\-()]{7,16}\d|\b0\d(?:[\s-]?\d){6,9}\b/gu;
/** Six groups of three code symbols (with or without separators), or eighteen in a row. */
const codeCandidatePattern = /[a-z0-9]{3}(?:[\s\-‐–.]?[a-z0-9]{3}){5}/giu;
/** A QR address: the code is the last path segment after `/c/`. */
const qrPathPattern = /\/c\/([a-z0-9-]{12,40})(?=$|[?#\s/])/iu;

function hostOf(link: string): string {
  const withScheme = /^https?:\/\//iu.test(link) ? link : `https://${link}`;
  try {
    return new URL(withScheme).hostname.toLowerCase();
  } catch {
    return link.toLowerCase();
  }
}

/**
 * Looks like a code typed by a person: short, letters and digits only. A text of exactly a
 * code's length in the code's own symbols is a code (mistyped or not), whatever its digits:
 * about one code in thirty has fewer than two digits, and no Dutch or English word is written
 * in these symbols alone. Otherwise it takes a few digits and no long word.
 */
function looksLikeTypedCode(text: string): boolean {
  if (!/^[\p{L}\p{N}\s\-‐-―.·_/]+$/u.test(text)) return false;
  const symbols = normalizeCode(text);
  if (symbols.length === codeLength && [...symbols].every((s) => symbolValue(s) !== undefined)) return true;
  if (
    text
      .trim()
      .split(/\s+/u)
      .some((word) => /^\p{L}{5,}$/u.test(word))
  )
    return false;
  const code = normalizeCode(text);
  const digits = code.replace(/\D/gu, '').length;
  return code.length >= codeLength - 6 && code.length <= codeLength + 6 && digits >= 2;
}

/**
 * Reads pasted input: a code on its own, a code inside a text or link, or no code with what the
 * message held instead (links, phone numbers, e-mail addresses, plain text). Only a code whose
 * check character is right counts as found inside a text, so a random run of letters is never
 * taken for a code. Pure: nothing is looked up here.
 * @example readMessageInput('Uw pakket wacht: https://pakket-nl.top/x').kind // 'no_code'
 */
export function readMessageInput(input: string): MessageInput {
  const text = input.normalize('NFKC').trim().slice(0, 5000);
  const emails = [...text.matchAll(emailPattern)].map((match) => match[0]);
  const withoutEmails = text.replace(emailPattern, ' ');
  const links = [...withoutEmails.matchAll(linkPattern)].map((match) => match[0]);
  const rest = withoutEmails.replace(linkPattern, ' ');
  const phones = [...rest.matchAll(phonePattern)].map((match) => match[0]);
  const qrLink = links.map((link) => qrPathPattern.exec(link)?.[1]).find((code) => code !== undefined);
  if (qrLink !== undefined && text === links[0]) return { kind: 'code', code: qrLink, fromLink: true };
  if (links.length === 0 && emails.length === 0 && phones.length === 0 && looksLikeTypedCode(text))
    return { kind: 'code', code: text, fromLink: false };

  const parts: MessagePart[] = [];
  if (links.length > 0) parts.push('link');
  if (phones.length > 0) parts.push('phone');
  if (emails.length > 0) parts.push('email');
  const words = rest
    .replace(phonePattern, ' ')
    .trim()
    .split(/\s+/u)
    .filter((word) => /\p{L}{2,}/u.test(word));
  if (words.length >= 3 || parts.length === 0) parts.push('text');

  const candidates = [
    ...(qrLink !== undefined ? [qrLink] : []),
    ...[...text.matchAll(codeCandidatePattern)].map((match) => match[0]),
  ];
  for (const candidate of candidates) {
    const checked = validateCode(candidate);
    if (checked.ok) return { kind: 'code_in_text', code: checked.code, parts };
  }
  return { kind: 'no_code', parts, linkHosts: [...new Set(links.map(hostOf))] };
}
