import { DuplicateIndex } from '../importers/recipients-csv/index.ts';

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const sextet = new Int8Array(128).fill(-1);
for (let i = 0; i < base64Alphabet.length; i++) sextet[base64Alphabet.charCodeAt(i)] = i;

/** Digest characters kept: 20 base64 characters, 120 bits, in four 30-bit words. */
const keptChars = 20;
const words = 4;

/**
 * The duplicate index of a planned job in typed arrays: each person's digest as four 30-bit
 * words and the line it was first seen on, in an open-addressing table. About 40 bytes per
 * person at most (a million people: 40 MB), against about 126 MB for a Map of digest strings,
 * and nothing for the garbage collector to trace. Same answers as `DuplicateIndex`: two rows
 * are the same person when the first 120 bits of their digests agree (a chance collision among
 * a million people has a probability of about 10^-24).
 */
export class CompactDuplicateIndex extends DuplicateIndex {
  private capacity = 1 << 16;
  private size = 0;
  private digests = new Uint32Array(this.capacity * words);
  /** Line + 1 of each slot; 0 is an empty slot. */
  private lines = new Uint32Array(this.capacity);
  private readonly key = new Uint32Array(words);

  override seen(key: string, line: number): number | undefined {
    this.decode(key);
    const slot = this.find(this.digests, this.lines, this.capacity);
    const found = this.lines[slot] as number;
    if (found) return found - 1;
    this.lines[slot] = line + 1;
    this.digests.set(this.key, slot * words);
    if (++this.size * 2 > this.capacity) this.grow();
    return undefined;
  }

  /** Reads the digest's first 20 characters into `this.key`. */
  private decode(key: string): void {
    if (key.length < keptChars) throw new Error(`Person digest too short: ${key.length} characters.`);
    for (let w = 0; w < words; w++) {
      let value = 0;
      for (let c = w * 5; c < w * 5 + 5; c++) {
        const code = key.charCodeAt(c);
        const bits = code < 128 ? (sextet[code] as number) : -1;
        if (bits < 0) throw new Error('Person digest is not base64.');
        value = value * 64 + bits;
      }
      this.key[w] = value;
    }
  }

  /** The slot holding `this.key`, or the empty slot where it belongs (linear probing). */
  private find(digests: Uint32Array, lines: Uint32Array, capacity: number): number {
    const mask = capacity - 1;
    const k = this.key;
    // The digest is a hash already: its first word spreads people evenly over the slots.
    for (let slot = (k[0] as number) & mask; ; slot = (slot + 1) & mask) {
      if (!lines[slot]) return slot;
      const at = slot * words;
      if (
        digests[at] === k[0] &&
        digests[at + 1] === k[1] &&
        digests[at + 2] === k[2] &&
        digests[at + 3] === k[3]
      )
        return slot;
    }
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const digests = new Uint32Array(capacity * words);
    const lines = new Uint32Array(capacity);
    for (let old = 0; old < this.capacity; old++) {
      const line = this.lines[old] as number;
      if (!line) continue;
      this.key.set(this.digests.subarray(old * words, old * words + words));
      const slot = this.find(digests, lines, capacity);
      lines[slot] = line;
      digests.set(this.key, slot * words);
    }
    this.capacity = capacity;
    this.digests = digests;
    this.lines = lines;
  }
}
