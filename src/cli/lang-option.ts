import { Option } from 'commander';
import { isLang, type Lang } from '../core/i18n/lang.ts';
import { CliUsageError } from './io.ts';

/** The `--lang` option of a command that writes text for people; Dutch unless asked. */
export function langOption(what: string): Option {
  return new Option('--lang <lang>', `language of ${what}: nl or en`).default('nl');
}

/** The language `--lang` names, or a usage error that says which values it takes. */
export function langFlag(value: string): Lang {
  if (!isLang(value)) throw new CliUsageError(`--lang expects nl or en, not "${value}".`);
  return value;
}
