import { z } from 'zod';
import { sectors } from '../../core/breaches/vocabulary.ts';
import type { ListPublicBreachesOptions } from '../../use-cases/list-public-breaches.ts';

/** Size bands of the register's filter, as ranges of people affected (inclusive). */
export const sizeBands = {
  small: { minPeople: 0, maxPeople: 9_999 },
  medium: { minPeople: 10_000, maxPeople: 99_999 },
  large: { minPeople: 100_000, maxPeople: 999_999 },
  huge: { minPeople: 1_000_000, maxPeople: undefined },
} as const;
export type SizeBand = keyof typeof sizeBands;

export const registerSorts = ['newest', 'oldest', 'largest', 'updated'] as const;
export type RegisterSort = (typeof registerSorts)[number];

/** Breaches per page of the register. */
export const registerPageSize = 10;

export type RegisterField = 'q' | 'sector' | 'from' | 'to' | 'size' | 'data' | 'sort' | 'page';

/** The register's filter form as the visitor filled it in; every field optional. */
export interface RegisterQuery {
  q: string;
  sector: string;
  from: string;
  to: string;
  size: string;
  data: string[];
  sort: RegisterSort;
  page: number;
}

export interface ParsedRegisterQuery {
  form: RegisterQuery;
  /** Fields whose value was not usable; they are left out of the search and named on the page. */
  errors: RegisterField[];
  options: ListPublicBreachesOptions;
}

function first(value: unknown): string {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one.trim() : '';
}

function list(value: unknown): string[] {
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(all.filter((v): v is string => typeof v === 'string' && v !== ''))];
}

const day = z.iso.date();

/**
 * Reads the register's GET query. A wrong value never fails the page: it is dropped from the
 * search and reported, so the visitor sees what to fix and still gets results.
 */
export function parseRegisterQuery(
  query: Record<string, unknown>,
  categoryIds: ReadonlySet<string>,
): ParsedRegisterQuery {
  const errors: RegisterField[] = [];
  const form: RegisterQuery = {
    q: first(query.q).slice(0, 200),
    sector: first(query.sector),
    from: first(query.from),
    to: first(query.to),
    size: first(query.size),
    data: list(query.data),
    sort: 'newest',
    page: 1,
  };
  const options: ListPublicBreachesOptions = { pageSize: registerPageSize };
  if (first(query.q).length > 200) errors.push('q');
  if (form.q) options.query = form.q;
  if (form.sector) {
    if ((sectors as readonly string[]).includes(form.sector))
      options.sector = form.sector as (typeof sectors)[number];
    else errors.push('sector');
  }
  for (const field of ['from', 'to'] as const) {
    if (!form[field]) continue;
    if (day.safeParse(form[field]).success) options[field] = form[field];
    else errors.push(field);
  }
  if (options.from && options.to && options.from > options.to) {
    errors.push('to');
    delete options.to;
  }
  if (form.size) {
    const band = sizeBands[form.size as SizeBand] as (typeof sizeBands)[SizeBand] | undefined;
    if (band && Object.hasOwn(sizeBands, form.size)) {
      options.minPeople = band.minPeople;
      if (band.maxPeople !== undefined) options.maxPeople = band.maxPeople;
    } else errors.push('size');
  }
  const known = form.data.filter((id) => categoryIds.has(id));
  if (known.length !== form.data.length || known.length > 30) errors.push('data');
  if (known.length) options.categories = known.slice(0, 30);
  const sort = first(query.sort);
  if (sort) {
    if ((registerSorts as readonly string[]).includes(sort)) form.sort = sort as RegisterSort;
    else errors.push('sort');
  }
  options.sort = form.sort;
  const page = first(query.page);
  if (page) {
    const number = Number(page);
    if (Number.isInteger(number) && number >= 1 && number <= 100_000) form.page = number;
    else errors.push('page');
  }
  options.page = form.page;
  return { form, errors, options };
}

/** The query string of the register with `form`'s filters and `page`; empty values left out. */
export function registerSearch(form: RegisterQuery, page: number): string {
  const search = new URLSearchParams();
  if (form.q) search.set('q', form.q);
  if (form.sector) search.set('sector', form.sector);
  if (form.from) search.set('from', form.from);
  if (form.to) search.set('to', form.to);
  if (form.size) search.set('size', form.size);
  for (const id of form.data) search.append('data', id);
  if (form.sort !== 'newest') search.set('sort', form.sort);
  if (page > 1) search.set('page', String(page));
  const text = search.toString();
  return text ? `?${text}` : '';
}
