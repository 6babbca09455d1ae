import { rm } from 'node:fs/promises';
import type { Letter } from '../core/letters/index.ts';
import { createLetterBatchWriter } from '../pdf/letters/index.ts';
import type { LetterFormat, LetterSetup } from './letter-settings.ts';

export type EmailSetup = NonNullable<LetterSetup['email']>;

/** Where a letter went and how it stands, for the manifest and the code's history. */
export interface PlacedOutput {
  file: string;
  page: number;
  pages: number;
  checksum: string;
  /** `rendered` for files; `sent` or `failed` for SMTP. */
  status: string;
}

export interface ShardOutput {
  add(letter: Letter, email: string | undefined): Promise<PlacedOutput>;
  /**
   * Finishes writing; returns the files written, as paths relative to the temp folder with `/`
   * (`letters-00001.pdf`, `00001/000000001.eml`). Each first part, a file or a shard's folder,
   * is moved into `letters/` as a whole; the manifest names the files by these paths.
   */
  close(): Promise<string[]>;
  /**
   * SHA-256 (hex) of files whose bytes the output held in memory when it wrote them, so the
   * shard need not read them back; files not in it are read and hashed after `close`.
   */
  readonly writtenSha256?: ReadonlyMap<string, string>;
  /**
   * How many `add` calls may be under way at once; default 1 (each awaited before the next).
   * SMTP sends over several pooled connections, so it keeps one message per connection going.
   */
  readonly inFlight?: number;
  /** Releases what is still open after a failure; harmless after close. */
  abort(): Promise<void>;
}

export interface ShardOutputOptions {
  format: LetterFormat;
  tmpDir: string;
  shardIndex: number;
  creationDate: Date;
  title: string;
  smtpUrl?: string;
  email?: EmailSetup;
}

/** The writer for one shard in the job's format. */
export async function createShardOutput(options: ShardOutputOptions): Promise<ShardOutput> {
  const id = String(options.shardIndex + 1).padStart(5, '0');
  if (options.format === 'pdf') {
    const fileName = `letters-${id}.pdf`;
    const writer = createLetterBatchWriter({
      directory: options.tmpDir,
      lettersPerFile: Number.MAX_SAFE_INTEGER,
      fileName: () => fileName,
      title: options.title,
      creationDate: options.creationDate,
    });
    let closed = false;
    return {
      async add(letter) {
        const placed = await writer.add(letter);
        return {
          file: placed.file,
          page: placed.firstPage,
          pages: placed.pageCount,
          checksum: placed.checksum,
          status: 'rendered',
        };
      },
      async close() {
        closed = true;
        return writer.close();
      },
      async abort() {
        if (!closed) await writer.close().catch(() => undefined);
        await rm(options.tmpDir, { recursive: true, force: true });
      },
    };
  }
  const { createEmailShardOutput } = await import('./email-output.ts');
  return createEmailShardOutput({ ...options, id });
}
