import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { buildLetter, compileVariant, type Letter } from '../../src/core/letters/index.ts';
import {
  composeLetterEmail,
  createSmtpSender,
  letterMessageId,
  writeEml,
  type EmailSender,
} from '../../src/email/index.ts';
import { buildContext, buildRecipient, buildVariant, planFor } from '../support/letters.ts';

interface Received {
  to: string[];
  raw: string;
}

/** Decodes quoted-printable soft line breaks and escapes, enough to read the parts as text. */
function decodeQp(text: string): string {
  const bytes = Buffer.from(text.replace(/=\r?\n/g, ''), 'latin1');
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x3d && /^[0-9A-F]{2}$/.test(bytes.subarray(i + 1, i + 3).toString())) {
      out.push(parseInt(bytes.subarray(i + 1, i + 3).toString(), 16));
      i += 2;
    } else out.push(bytes[i] ?? 0);
  }
  return Buffer.from(out).toString('utf8');
}

const sender: EmailSender = { from: '"BVO Voorbeeld" <datalek@bvo.example>', replyTo: 'vragen@bvo.example' };
const date = new Date('2026-11-25T09:00:00Z');
const compiled = compileVariant(buildVariant(), buildContext(), ['nl', 'en']);
const letterFor = (row: number, name: string): Letter => {
  const recipient = buildRecipient({ row, name, categories: ['email', 'iban'] });
  return buildLetter(compiled, recipient, planFor(recipient));
};

describe('letter e-mail over a real SMTP server', () => {
  let server: SMTPServer;
  let url: string;
  const received: Received[] = [];
  const rcptAttempts = new Map<string, number>();

  before(async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address: SMTPServerAddress, _session, callback) {
        const tries = (rcptAttempts.get(address.address) ?? 0) + 1;
        rcptAttempts.set(address.address, tries);
        if (address.address.startsWith('busy') && tries === 1) {
          return callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
        }
        if (address.address.startsWith('always-busy')) {
          return callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
        }
        if (address.address.startsWith('nobody')) {
          return callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('latin1'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    received.length = 0;
    rcptAttempts.clear();
  });

  const fastSender = (
    extra: { messagesPerSecond?: number; now?: () => number; sleep?: (ms: number) => Promise<void> } = {},
  ) =>
    createSmtpSender({
      url,
      messagesPerSecond: extra.messagesPerSecond ?? 1000,
      sleep: extra.sleep ?? (async () => {}),
      now: extra.now,
      maxAttempts: 3,
    });

  it('delivers text and HTML parts with the headers, the person and their code', async () => {
    const letter = letterFor(7, 'Noëlle van den Brïnk');
    const email = await composeLetterEmail(letter, 'noelle@example.nl', sender, date);
    const smtp = fastSender();
    const status = await smtp.send(email);
    smtp.close();
    assert.equal(status.status, 'sent');
    assert.equal(received.length, 1);
    const raw = received[0]?.raw ?? '';
    assert.deepEqual(received[0]?.to, ['noelle@example.nl']);
    assert.match(raw, /^Content-Type: multipart\/alternative/m);
    assert.match(raw, /^Content-Type: text\/plain; charset=utf-8/m);
    assert.match(raw, /^Content-Type: text\/html; charset=utf-8/m);
    assert.match(raw, new RegExp(`^Message-ID: ${email.messageId.replace(/[.<>]/g, '\\$&')}`, 'm'));
    assert.match(raw, /^Reply-To: vragen@bvo.example/m);
    assert.match(raw, /^Auto-Submitted: auto-generated/m);
    assert.match(raw, /^X-Auto-Response-Suppress: OOF, AutoReply/m);
    const body = decodeQp(raw);
    assert.ok(body.includes(letter.code.display), 'code missing');
    assert.ok(body.includes('Beste Noëlle van den Brïnk,'), 'plain-text greeting missing');
    assert.ok(body.includes('IBAN') && body.includes('E-mailadres'), "the person's data is missing");
    assert.ok(!body.includes(letter.code.url), 'the e-mail must not carry a link with the code');
  });

  it('escapes HTML in texts and loads nothing remote', async () => {
    const letter = letterFor(8, '<script>alert(1)</script> & Co');
    const email = await composeLetterEmail(letter, 'x@example.nl', sender, date);
    const body = decodeQp(email.raw.toString('latin1'));
    const html = body.slice(body.indexOf('<!DOCTYPE html>'));
    assert.ok(!html.includes('<script>'), 'unescaped markup');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co'));
    assert.doesNotMatch(html, /<img|src=|<link|url\(|https?:\/\/[^\s<]*\.(png|gif|jpg)/i);
    assert.doesNotMatch(html, /<style/i);
  });

  it('gives the same Message-ID and bytes for a retry of the same letter', async () => {
    const a = await composeLetterEmail(letterFor(9, 'A'), 'a@example.nl', sender, date);
    const b = await composeLetterEmail(letterFor(9, 'A'), 'a@example.nl', sender, date);
    assert.equal(a.messageId, letterMessageId('br-2026-014', 9, 1, 'bvo.example'));
    assert.equal(a.raw.toString(), b.raw.toString());
    const round2 = compileVariant(buildVariant(), buildContext({ round: 2 }), ['nl']);
    const recipient = buildRecipient({ row: 9 });
    const next = await composeLetterEmail(
      buildLetter(round2, recipient, planFor(recipient)),
      'a@example.nl',
      sender,
      date,
    );
    assert.notEqual(next.messageId, a.messageId);
  });

  it('retries after a temporary 451 and then delivers', async () => {
    const waits: number[] = [];
    const smtp = fastSender({ sleep: async (ms) => void waits.push(ms) });
    const status = await smtp.send(
      await composeLetterEmail(letterFor(10, 'B'), 'busy@example.nl', sender, date),
    );
    smtp.close();
    assert.equal(status.status, 'sent');
    assert.equal(status.attempts, 2);
    assert.ok(waits.includes(1000), 'no backoff before the second attempt');
    assert.equal(received.length, 1);
  });

  it('fails at once on a permanent 550 and says why', async () => {
    const smtp = fastSender();
    const status = await smtp.send(
      await composeLetterEmail(letterFor(11, 'C'), 'nobody@example.nl', sender, date),
    );
    smtp.close();
    assert.equal(status.status, 'failed');
    assert.equal(status.attempts, 1);
    if (status.status === 'failed') {
      assert.equal(status.responseCode, 550);
      assert.match(status.reason, /No such user/);
    }
    assert.equal(received.length, 0);
  });

  it('gives back retrying when a temporary error outlasts every attempt', async () => {
    const smtp = fastSender();
    const status = await smtp.send(
      await composeLetterEmail(letterFor(12, 'D'), 'always-busy@example.nl', sender, date),
    );
    smtp.close();
    assert.equal(status.status, 'retrying');
    assert.equal(status.attempts, 3);
    assert.equal(rcptAttempts.get('always-busy@example.nl'), 3);
  });

  it('spaces message starts by the throttle and delivers every message', async () => {
    let clock = 0;
    const smtp = fastSender({
      messagesPerSecond: 4,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    const emails = await Promise.all(
      [20, 21, 22, 23, 24].map((row) =>
        composeLetterEmail(letterFor(row, `P${row}`), `p${row}@example.nl`, sender, date),
      ),
    );
    const statuses = await Promise.all(emails.map((email) => smtp.send(email)));
    smtp.close();
    assert.deepEqual(
      statuses.map((s) => s.status),
      ['sent', 'sent', 'sent', 'sent', 'sent'],
    );
    assert.equal(received.length, 5);
    assert.ok(clock >= 1000, `five messages at 4 per second took only ${clock} ms of throttle time`);
    // Two pooled connections may finish in either order; what matters is that all arrived.
    assert.deepEqual(received.map((r) => r.to[0]).sort(), emails.map((e) => e.envelope.to).sort());
  });

  it('writes a message as an .eml file with the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-eml-'));
    try {
      const email = await composeLetterEmail(letterFor(13, 'E'), 'e@example.nl', sender, date);
      const name = writeEml(dir, email);
      assert.deepEqual(readdirSync(dir), ['000000013.eml']);
      assert.equal(name, '000000013.eml');
      assert.deepEqual(readFileSync(join(dir, name)), email.raw);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
