import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** Bytes per entry of the offsets file: where a string starts in the data file. */
const ENTRY = 8;
const OFFSETS_BLOCK = 8192 * ENTRY;
const DATA_BLOCK = 256 * 1024;
const CACHED_BLOCKS = 16;
const WRITE_BUFFER = 1024 * 1024;

/**
 * A workbook's shared-strings table kept on disk instead of in memory: every text one after
 * the other in a data file, and a file of fixed-size entries (8 bytes: where text N starts),
 * so text N is found by position. Reading goes through a few cached blocks of each file;
 * rows refer mostly to texts near the last one (Excel numbers texts in order of first use),
 * and texts used again and again (a town, a group) stay in a cached block. Memory is a few
 * megabytes whatever the number of texts. The files hold personal data: they are created
 * with mode 0600 in the job's private folder, and `close` removes nothing: the caller does.
 */
export class SpilledStrings {
  private readonly data: number;
  private readonly offsets: number;
  private dataBuffer = Buffer.alloc(WRITE_BUFFER);
  private dataUsed = 0;
  private offsetBuffer = Buffer.alloc(WRITE_BUFFER);
  private offsetUsed = 0;
  private written = 0; // bytes of text so far
  private count = 0;
  private sealed = false;
  private readonly dataBlocks = new Map<number, Buffer>();
  private readonly offsetBlocks = new Map<number, Buffer>();

  constructor(dataPath: string, offsetsPath: string) {
    this.data = openSync(dataPath, 'w+', 0o600);
    this.offsets = openSync(offsetsPath, 'w+', 0o600);
  }

  /** Number of texts added. */
  get size(): number {
    return this.count;
  }

  /** Adds text number `size`. */
  add(text: string): void {
    if (this.sealed) throw new Error('SpilledStrings: add after get');
    this.entry(this.written);
    const bytes = Buffer.byteLength(text);
    if (this.dataUsed + bytes > this.dataBuffer.length) this.flushData();
    if (bytes > this.dataBuffer.length) writeSync(this.data, Buffer.from(text));
    else this.dataUsed += this.dataBuffer.write(text, this.dataUsed);
    this.written += bytes;
    this.count++;
  }

  /** Text number `index`, or undefined when there is no such text. */
  get(index: number): string | undefined {
    if (!this.sealed) this.seal();
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    const start = this.offsetAt(index);
    const end = this.offsetAt(index + 1);
    const block = Math.floor(start / DATA_BLOCK);
    if (Math.floor((end - 1) / DATA_BLOCK) !== block || end === start) {
      // Empty, or across two blocks: read it on its own.
      const bytes = Buffer.alloc(end - start);
      readSync(this.data, bytes, 0, bytes.length, start);
      return bytes.toString('utf8');
    }
    const cached = this.block(this.dataBlocks, this.data, block, DATA_BLOCK);
    return cached.toString('utf8', start - block * DATA_BLOCK, end - block * DATA_BLOCK);
  }

  /** Closes both files. */
  close(): void {
    closeSync(this.data);
    closeSync(this.offsets);
  }

  private entry(offset: number): void {
    if (this.offsetUsed + ENTRY > this.offsetBuffer.length) this.flushOffsets();
    this.offsetBuffer.writeBigUInt64LE(BigInt(offset), this.offsetUsed);
    this.offsetUsed += ENTRY;
  }

  private seal(): void {
    this.entry(this.written); // where text `count` would start: the end of the last one
    this.flushData();
    this.flushOffsets();
    this.sealed = true;
    this.dataBuffer = Buffer.alloc(0);
    this.offsetBuffer = Buffer.alloc(0);
  }

  private flushData(): void {
    if (this.dataUsed) writeSync(this.data, this.dataBuffer, 0, this.dataUsed);
    this.dataUsed = 0;
  }

  private flushOffsets(): void {
    if (this.offsetUsed) writeSync(this.offsets, this.offsetBuffer, 0, this.offsetUsed);
    this.offsetUsed = 0;
  }

  private offsetAt(index: number): number {
    const position = index * ENTRY;
    const block = Math.floor(position / OFFSETS_BLOCK);
    const cached = this.block(this.offsetBlocks, this.offsets, block, OFFSETS_BLOCK);
    return Number(cached.readBigUInt64LE(position - block * OFFSETS_BLOCK));
  }

  /** One block of a file through a small least-recently-used cache. */
  private block(cache: Map<number, Buffer>, fd: number, index: number, size: number): Buffer {
    const hit = cache.get(index);
    if (hit) {
      cache.delete(index);
      cache.set(index, hit);
      return hit;
    }
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, index * size);
    const block = buffer.subarray(0, read);
    cache.set(index, block);
    if (cache.size > CACHED_BLOCKS) cache.delete(cache.keys().next().value as number);
    return block;
  }
}
