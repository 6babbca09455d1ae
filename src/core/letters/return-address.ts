function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The one-line return address above the address window: the organisation's name and its
 * address lines, joined with commas. A line that repeats the name (people naturally start the
 * address with it) is left out, so the line is not twice as long as it needs to be.
 * @example returnAddressOf('BVO', ['BVO', 'Postbus 123', '3500 AA Utrecht']) // 'BVO, Postbus 123, 3500 AA Utrecht'
 */
export function returnAddressOf(name: string, addressLines: readonly string[]): string {
  const own = fold(name);
  return [name, ...addressLines.filter((line) => fold(line) !== own)].join(', ');
}
