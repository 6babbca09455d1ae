import { z } from 'zod';
import {
  informMeans,
  informStatuses,
  type ApForm,
} from '../../../core/authority-notification/ap-form-schema.ts';
import type { FormValues } from '../../pages/workspace/fields.ts';
import { optionalText, valueOf, valuesOf } from './form-schemas.ts';

const maybeYesNo = z.enum(['yes', 'no', '']);

/** The AP form's further questions as flat form fields (all optional: a first notification may be incomplete). */
export const apFormFields = {
  'form.law': z.enum(['gdpr', 'telecommunicatiewet', '']),
  'form.reporter.name': optionalText(200),
  'form.reporter.jobTitle': optionalText(200),
  'form.reporter.phone': optionalText(40),
  'form.reporter.email': optionalText(254).refine(
    (v) => v === '' || z.email().safeParse(v).success,
    'workspace.notification.error.email',
  ),
  'form.processor.involved': maybeYesNo,
  'form.processor.name': optionalText(200),
  'form.measuresBefore.hashed': maybeYesNo,
  'form.measuresBefore.description': optionalText(5000),
  'form.people.children': maybeYesNo,
  'form.people.vulnerableGroups': maybeYesNo,
  'form.people.description': optionalText(2000),
  'form.informingPeople.status': z.enum([...informStatuses, '']),
  'form.informingPeople.at': optionalText(40),
  'form.informingPeople.reasonNot': optionalText(5000),
  'form.crossBorder.otherEuCountries': optionalText(200).refine(
    (v) => v === '' || /^[A-Za-z]{2}(\s*,\s*[A-Za-z]{2})*$/.test(v),
    'notification.error.countries',
  ),
  'form.crossBorder.otherAuthoritiesNotified': optionalText(2000),
  'form.crossBorder.crossBorderProcessing': maybeYesNo,
  'form.other': optionalText(5000),
  withdrawReason: optionalText(5000),
};

const bool = (v: string) => (v === 'yes' ? true : v === 'no' ? false : undefined);
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The AP form answers from the checked flat fields; empty answers are left out. */
export function apFormFromValues(values: FormValues): ApForm {
  const v = (name: string) => valueOf(values, name).trim();
  const opt = (name: string) => (v(name) === '' ? undefined : v(name));
  const form: ApForm = { law: v('form.law') === 'telecommunicatiewet' ? 'telecommunicatiewet' : 'gdpr' };
  const reporter = {
    name: opt('form.reporter.name'),
    jobTitle: opt('form.reporter.jobTitle'),
    phone: opt('form.reporter.phone'),
    email: opt('form.reporter.email'),
  };
  if (Object.values(reporter).some((x) => x !== undefined)) form.reporter = strip(reporter);
  const involved = bool(v('form.processor.involved'));
  if (involved !== undefined) form.processor = strip({ involved, name: opt('form.processor.name') });
  const hashed = bool(v('form.measuresBefore.hashed'));
  const before = opt('form.measuresBefore.description');
  if (hashed !== undefined || before) form.measuresBefore = strip({ hashed, description: before });
  const people = {
    children: bool(v('form.people.children')),
    vulnerableGroups: bool(v('form.people.vulnerableGroups')),
    description: opt('form.people.description'),
  };
  if (Object.values(people).some((x) => x !== undefined)) form.people = strip(people);
  const status = v('form.informingPeople.status');
  if (status !== '')
    form.informingPeople = strip({
      status: status as (typeof informStatuses)[number],
      at: opt('form.informingPeople.at'),
      means: valuesOf(values, 'form.informingPeople.means').filter((m): m is (typeof informMeans)[number] =>
        (informMeans as readonly string[]).includes(m),
      ),
      reasonNot: opt('form.informingPeople.reasonNot'),
    });
  const countries = v('form.crossBorder.otherEuCountries');
  const authorities = lines(v('form.crossBorder.otherAuthoritiesNotified'));
  const processing = bool(v('form.crossBorder.crossBorderProcessing'));
  if (countries !== '' || authorities.length > 0 || processing !== undefined)
    form.crossBorder = strip({
      otherEuCountries: countries === '' ? [] : countries.split(',').map((c) => c.trim().toUpperCase()),
      otherAuthoritiesNotified: authorities,
      crossBorderProcessing: processing,
    });
  if (opt('form.other')) form.other = opt('form.other');
  return form;
}

/** Flat form values from earlier answers, so a follow-up starts where the last phase ended. */
export function valuesFromApForm(form: ApForm | undefined): FormValues {
  const yn = (b: boolean | undefined) => (b === undefined ? '' : b ? 'yes' : 'no');
  return {
    'form.law': form?.law ?? 'gdpr',
    'form.reporter.name': form?.reporter?.name ?? '',
    'form.reporter.jobTitle': form?.reporter?.jobTitle ?? '',
    'form.reporter.phone': form?.reporter?.phone ?? '',
    'form.reporter.email': form?.reporter?.email ?? '',
    'form.processor.involved': yn(form?.processor?.involved),
    'form.processor.name': form?.processor?.name ?? '',
    'form.measuresBefore.hashed': yn(form?.measuresBefore?.hashed),
    'form.measuresBefore.description': form?.measuresBefore?.description ?? '',
    'form.people.children': yn(form?.people?.children),
    'form.people.vulnerableGroups': yn(form?.people?.vulnerableGroups),
    'form.people.description': form?.people?.description ?? '',
    'form.informingPeople.status': form?.informingPeople?.status ?? '',
    'form.informingPeople.at': form?.informingPeople?.at ?? '',
    'form.informingPeople.means': [...(form?.informingPeople?.means ?? [])],
    'form.informingPeople.reasonNot': form?.informingPeople?.reasonNot ?? '',
    'form.crossBorder.otherEuCountries': form?.crossBorder?.otherEuCountries.join(', ') ?? '',
    'form.crossBorder.otherAuthoritiesNotified': form?.crossBorder?.otherAuthoritiesNotified.join('\n') ?? '',
    'form.crossBorder.crossBorderProcessing': yn(form?.crossBorder?.crossBorderProcessing),
    'form.other': form?.other ?? '',
    withdrawReason: '',
  };
}

/** Drops undefined members, so the core's strict schema sees only given answers. */
function strip<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
