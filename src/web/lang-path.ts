import type { Lang } from '../core/i18n/lang.ts';

/**
 * Language by path prefix: Dutch pages live at `/…`, English ones at `/en/…`, so every
 * language has its own stable, crawlable URL. Routes name the Dutch path; these helpers map it.
 */
export function langOfPath(path: string): Lang {
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'nl';
}

/** The path of `dutchPath` in `lang`: `localPath('en', '/plan')` is `/en/plan`, `'/'` becomes `/en`. */
export function localPath(lang: Lang, dutchPath: string): string {
  if (lang === 'nl') return dutchPath;
  return dutchPath === '/' ? '/en' : `/en${dutchPath}`;
}

/** The Dutch path behind a localised path: `/en/plan` gives `/plan`. */
export function dutchPathOf(path: string): string {
  if (path === '/en') return '/';
  return path.startsWith('/en/') ? path.slice(3) : path;
}
