/**
 * The address printed under the QR code and encoded in it: `<baseUrl>/c/<CODE>`, canonical code
 * without separators. The code in this address is the secret itself: the page behind it must not
 * log the path, must send `Referrer-Policy: no-referrer`, and should swap the code for a session
 * and redirect to a clean address (docs/flows/code-lookup.md).
 * @example codeUrl('https://datalekwijzer.example', 'K7MX4D…') // 'https://datalekwijzer.example/c/K7MX4D…'
 */
export function codeUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/c/${code}`;
}

/** The address without the code, to print for people who type instead of scan. */
export function codeEntryUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/c`;
}
