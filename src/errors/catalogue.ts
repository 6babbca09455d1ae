import type { Localized } from '../core/i18n/lang.ts';

/**
 * The one closed list of errors the product reports to people and API clients. Each has an
 * HTTP status and a user-safe title in every language; internal detail goes to the log only.
 */
export const errorCatalogue = {
  validation_failed: {
    status: 400,
    title: {
      nl: 'Niet alle gegevens zijn goed ingevuld.',
      en: 'Some of the information is not filled in correctly.',
    },
  },
  unauthenticated: {
    status: 401,
    title: { nl: 'U moet eerst inloggen.', en: 'You need to sign in first.' },
  },
  forbidden: {
    status: 403,
    title: { nl: 'U mag dit niet zien of wijzigen.', en: 'You are not allowed to see or change this.' },
  },
  csrf_invalid: {
    status: 403,
    title: {
      nl: 'Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog een keer.',
      en: 'The form has expired. Reload the page and try again.',
    },
  },
  not_found: {
    status: 404,
    title: { nl: 'Deze pagina of dit gegeven bestaat niet.', en: 'This page or item does not exist.' },
  },
  method_not_allowed: {
    status: 405,
    title: {
      nl: 'Deze bewerking kan niet op dit adres. De header Allow noemt wat wel kan.',
      en: 'This method is not possible at this address. The Allow header lists what is.',
    },
  },
  conflict: {
    status: 409,
    title: {
      nl: 'Iemand anders heeft dit net gewijzigd. Bekijk de nieuwe versie.',
      en: 'Someone else changed this just now. Look at the new version.',
    },
  },
  precondition_failed: {
    status: 412,
    title: {
      nl: 'Deze versie is niet meer de nieuwste. Haal de nieuwe versie op.',
      en: 'This version is no longer the latest. Fetch the new version.',
    },
  },
  payload_too_large: {
    status: 413,
    title: { nl: 'Het bestand of bericht is te groot.', en: 'The file or message is too large.' },
  },
  unsupported_media_type: {
    status: 415,
    title: {
      nl: 'Dit soort bestand of bericht kunnen we niet lezen.',
      en: 'We cannot read this kind of file or message.',
    },
  },
  rate_limited: {
    status: 429,
    title: {
      nl: 'U heeft het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.',
      en: 'You have tried too often. Wait a moment and try again.',
    },
  },
  internal: {
    status: 500,
    title: {
      nl: 'Er ging iets mis bij ons. Probeer het later opnieuw.',
      en: 'Something went wrong on our side. Please try again later.',
    },
  },
} as const satisfies Record<string, { status: number; title: Localized }>;

export type ErrorCode = keyof typeof errorCatalogue;

/**
 * One wrong field: where it is (dot path, or `row 12 / postcode`) and what is expected, in
 * Dutch (B1, short) and English. Pages show the page's language, the API the one asked for.
 */
export interface FieldError {
  path: string;
  message: Localized;
}

/**
 * An error from the catalogue. `detail` is safe to show; `fieldErrors` lists every wrong field
 * at once (API Design Rules: problem+json with `invalidParams`).
 * @example throw new AppError('not_found', { detail: 'No breach with this id.' })
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];

  constructor(
    code: ErrorCode,
    options: { detail?: string; fieldErrors?: FieldError[]; cause?: unknown } = {},
  ) {
    super(options.detail ?? code, { cause: options.cause });
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.detail = options.detail;
    this.fieldErrors = options.fieldErrors ?? [];
  }
}
