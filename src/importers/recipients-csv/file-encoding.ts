import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../errors/catalogue.ts';
import { encodingRefusal, Utf8Scan, type EncodingFinding, type RecipientEncoding } from './encoding.ts';

function refuse(path: string, kind: Parameters<typeof encodingRefusal>[1], line?: number): never {
  const message = encodingRefusal(basename(path), kind, line);
  throw new AppError('validation_failed', {
    detail: message.en,
    fieldErrors: [{ path: 'encoding', message }],
  });
}

/**
 * Decides the encoding of a whole recipients file in one streaming pass: a file that is not
 * valid UTF-8 is not UTF-8, wherever the first bad byte is (a look at the first kilobytes
 * would miss a `ü` on line 40,000). A UTF-8 byte order mark, or a choice by the user, decides
 * too; a choice that would garble the names, or a file that is partly UTF-8, is refused with
 * the way out. Plain ASCII is read as UTF-8 (both read it the same).
 */
export async function detectFileEncoding(
  path: string,
  options: { bom: boolean; chosen?: RecipientEncoding },
): Promise<EncodingFinding> {
  const scan = new Utf8Scan();
  for await (const chunk of createReadStream(path, {
    start: options.bom ? 3 : 0,
    highWaterMark: 1024 * 1024,
  }) as AsyncIterable<Buffer>) {
    scan.push(chunk);
  }
  const verdict = scan.end();
  const bom = options.bom;
  if (options.chosen === 'windows-1252') {
    if (bom || (verdict.valid && verdict.nonAscii)) refuse(path, 'utf-8-as-1252');
    return { encoding: 'windows-1252', reason: 'chosen', bom };
  }
  if (options.chosen === 'utf-8' || bom) {
    if (!verdict.valid) refuse(path, 'bad-utf-8', verdict.firstBadLine);
    return { encoding: 'utf-8', reason: options.chosen ? 'chosen' : 'bom', bom };
  }
  if (verdict.valid) return { encoding: 'utf-8', reason: 'valid-utf-8', bom };
  if (verdict.utf8BeforeBad) refuse(path, 'mixed', verdict.firstBadLine);
  return { encoding: 'windows-1252', reason: 'not-utf-8', bom };
}
