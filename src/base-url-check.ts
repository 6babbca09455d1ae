import type { Config } from './config.ts';

const localHosts = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i;

/**
 * Why codes must not be printed with this `BASE_URL`, or undefined when they may. Every letter
 * and QR code points to `<BASE_URL>/c/<CODE>`, so a wrong one sends a million people nowhere:
 * in production it must be https (it is what people type from paper), and an address on this
 * machine (localhost, 127.x, ::1) is refused everywhere except the demo and the tests
 * (`NODE_ENV=test`). In English and Dutch, for the command line and the workspace.
 */
export function letterBaseUrlProblem(
  config: Pick<Config, 'baseUrl' | 'mode'>,
  nodeEnv: string | undefined,
): { nl: string; en: string } | undefined {
  const url = new URL(config.baseUrl);
  if (config.mode === 'production' && url.protocol !== 'https:')
    return {
      en: `BASE_URL is ${config.baseUrl}: letters in production need the public https address of this service (BASE_URL=https://…), because every letter and QR code points to it.`,
      nl: `BASE_URL is ${config.baseUrl}: brieven in productie hebben het openbare https-adres van deze dienst nodig (BASE_URL=https://…), want elke brief en QR-code verwijst ernaar.`,
    };
  if (localHosts.test(url.hostname) && config.mode !== 'demo' && nodeEnv !== 'test')
    return {
      en: `BASE_URL is ${config.baseUrl}, an address on this computer only: no one who gets a letter can open it. Set BASE_URL to the public address of this service.`,
      nl: `BASE_URL is ${config.baseUrl}, een adres dat alleen op deze computer werkt: niemand die een brief krijgt kan het openen. Zet BASE_URL op het openbare adres van deze dienst.`,
    };
  return undefined;
}
