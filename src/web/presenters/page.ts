import type { z } from 'zod';
import type { Page } from '../../use-cases/list-breaches.ts';
import type { pageLinksSchema } from '../openapi/schemas.ts';

type PageLinks = z.output<typeof pageLinksSchema>;

/** A page of presented items in the API's one pagination style: items, counts and HAL links. */
export interface PresentedPage<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalCount: number;
  pageCount: number;
  _links: PageLinks;
}

function href(
  path: string,
  filters: Record<string, unknown>,
  page: number,
  pageSize: number,
): { href: string } {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '' || key === 'page' || key === 'pageSize')
      continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  search.set('page', String(page));
  search.set('pageSize', String(pageSize));
  return { href: `${path}?${search.toString()}` };
}

/**
 * Presents a page with `self`, `first`, `last` and, where they exist, `prev` and `next` links
 * that keep the filters. `path` is absolute; `filters` are the validated query values.
 * @example presentPage(page, (b) => presentBreachSummary(b, apiUrl), `${apiUrl}/breaches`, query)
 */
export function presentPage<T, U>(
  page: Page<T>,
  present: (item: T) => U,
  path: string,
  filters: Record<string, unknown>,
): PresentedPage<U> {
  const last = Math.max(1, page.pageCount);
  const links: PageLinks = {
    self: href(path, filters, page.page, page.pageSize),
    first: href(path, filters, 1, page.pageSize),
    last: href(path, filters, last, page.pageSize),
  };
  if (page.page > 1) links.prev = href(path, filters, Math.min(page.page - 1, last), page.pageSize);
  if (page.page < last) links.next = href(path, filters, page.page + 1, page.pageSize);
  return {
    items: page.items.map(present),
    page: page.page,
    pageSize: page.pageSize,
    totalCount: page.total,
    pageCount: page.pageCount,
    _links: links,
  };
}
