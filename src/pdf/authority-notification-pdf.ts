import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AuthorityNotification } from '../core/authority-notification/build-authority-notification.ts';
import { exceptionNames, riskLevelNames, severityLevelNames } from '../core/assessment/labels.ts';
import { formatAmsterdam } from '../core/authority-notification/local-time.ts';
import type { Lang } from '../core/i18n/lang.ts';
import { openTaggedPdf } from './tagged-document.ts';

/**
 * Where the DejaVu Sans TrueType files are: the `dejavu-fonts-ttf` npm package first (so the
 * PDF looks the same on every machine), then Debian's fonts-dejavu-core. DejaVu covers every
 * Dutch diacritic (ë, ï, é, ĳ) and more, which pdfkit's built-in Helvetica does not reliably.
 */
export function findDejaVuDir(): string {
  const candidates: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  } catch {
    // The package is optional at run time; the system fonts may be there instead.
  }
  candidates.push('/usr/share/fonts/truetype/dejavu');
  const found = candidates.find((dir) => existsSync(join(dir, 'DejaVuSans.ttf')));
  if (!found)
    throw new Error(
      'No DejaVu Sans font found: install the npm package dejavu-fonts-ttf or the Debian package fonts-dejavu-core.',
    );
  return found;
}

const texts = {
  nl: {
    title: 'Melding van een datalek aan de Autoriteit Persoonsgegevens',
    organisation: 'Organisatie',
    reference: 'Ons kenmerk',
    authorityReference: 'Kenmerk van de eerste melding',
    prepared: 'Opgesteld op',
    description: 'Beschrijving',
    kind: 'Soort incident',
    categories: 'Soorten gegevens',
    special: 'Bijzondere gegevens',
    people: 'Aantal mensen (ongeveer)',
    records: 'Aantal records (ongeveer)',
    started: 'Begin van het lek',
    ended: 'Einde van het lek',
    aware: 'Bekend sinds',
    unknown: 'nog niet bekend',
    none: 'geen',
    contactName: 'Naam',
    role: 'Rol',
    email: 'E-mail',
    phone: 'Telefoon',
    stated: 'Volgens de organisatie',
    derived: 'Volgend uit de soorten gegevens',
    taken: 'Genomen',
    proposed: 'Voorgesteld',
    mitigation: 'Om schade voor mensen te beperken',
    deadline: 'Termijn van 72 uur',
    afterAwareness: 'Gemeld na',
    hours: 'uur',
    late: 'Deze melding komt later dan 72 uur na het ontdekken.',
    onTime: 'Deze melding komt binnen 72 uur na het ontdekken.',
    delayReasons: 'Reden van de vertraging',
    severity: 'Ernst (ENISA)',
    risk: 'Risico voor mensen',
    inform: 'Mensen informeren',
    yes: 'ja',
    no: 'nee',
    completeness: 'Volledigheid',
    override: 'Aangepast door een deskundige',
  },
  en: {
    title: 'Notification of a personal data breach to the Dutch Data Protection Authority',
    organisation: 'Organisation',
    reference: 'Our reference',
    authorityReference: 'Reference of the first notification',
    prepared: 'Prepared at',
    description: 'Description',
    kind: 'Kind of incident',
    categories: 'Kinds of data',
    special: 'Special categories',
    people: 'Number of people (approximately)',
    records: 'Number of records (approximately)',
    started: 'Breach began',
    ended: 'Breach ended',
    aware: 'Aware since',
    unknown: 'not yet known',
    none: 'none',
    contactName: 'Name',
    role: 'Role',
    email: 'E-mail',
    phone: 'Phone',
    stated: 'Stated by the organisation',
    derived: 'Following from the kinds of data',
    taken: 'Taken',
    proposed: 'Proposed',
    mitigation: 'To limit harm to people',
    deadline: '72-hour deadline',
    afterAwareness: 'Notified after',
    hours: 'hours',
    late: 'This notification comes later than 72 hours after awareness.',
    onTime: 'This notification comes within 72 hours of awareness.',
    delayReasons: 'Reasons for the delay',
    severity: 'Severity (ENISA)',
    risk: 'Risk for people',
    inform: 'Inform the people',
    yes: 'yes',
    no: 'no',
    completeness: 'Completeness',
    override: 'Set by an expert',
  },
} as const;

/**
 * Renders one phase of the notification as an accessible PDF: A4, PDF 1.7, tagged with headings,
 * paragraphs and lists, the document language set and the title shown. Resolves with the bytes.
 * @example await renderAuthorityNotificationPdf(notification, { lang: 'nl' })
 */
export function renderAuthorityNotificationPdf(
  n: AuthorityNotification,
  options: { lang: Lang; fontDir?: string },
): Promise<Buffer> {
  const t = texts[options.lang];
  const lang = options.lang;
  const fontDir = options.fontDir ?? findDejaVuDir();
  const title = `${t.title} — ${n.phaseLabel[lang]}`;
  // The creation date is the moment the notification was prepared, so the same input gives the same PDF.
  const { doc, bytes: done } = openTaggedPdf(lang, {
    Title: title,
    Subject: n.organisation.name,
    CreationDate: new Date(n.preparedAt),
  });

  doc.registerFont('body', join(fontDir, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fontDir, 'DejaVuSans-Bold.ttf'));
  const root = doc.struct('Document');
  doc.addStructure(root);

  const heading = (text: string, level: 1 | 2) => {
    doc.moveDown(level === 1 ? 0 : 0.8);
    doc
      .font('bold')
      .fontSize(level === 1 ? 16 : 12.5)
      .text(text, { structParent: root, structType: level === 1 ? 'H1' : 'H2' });
    doc.moveDown(0.3);
  };
  const para = (text: string) => {
    doc.font('body').fontSize(10.5).text(text, { structParent: root, structType: 'P' });
    doc.moveDown(0.25);
  };
  const field = (label: string, value: string) => para(`${label}: ${value}`);
  const list = (items: readonly string[]) => {
    if (items.length === 0) return para(t.none);
    const l = doc.struct('L');
    root.add(l);
    doc
      .font('body')
      .fontSize(10.5)
      .list([...items], { structParent: l, bulletRadius: 2, textIndent: 12 });
    l.end();
    doc.moveDown(0.25);
  };

  heading(title, 1);
  field(t.organisation, n.organisation.name);
  field(t.prepared, formatAmsterdam(n.preparedAt));
  if (n.withdrawal) para(n.completeness.statement[lang]);

  // The AP form, section by section; an answer not yet known says so.
  // Phases recorded before the AP form was asked have no sections or appendix; they render without.
  const stored: Partial<Pick<AuthorityNotification, 'sections' | 'appendix'>> = n;
  for (const section of stored.sections ?? []) {
    heading(section.label[lang], 2);
    for (const f of section.fields) field(f.label[lang], f.value ? f.value[lang] : t.unknown);
    if (section.id === 'consequences') {
      para(`${t.derived}:`);
      list(n.consequences.derived.map((c) => c.label[lang]));
    }
  }

  heading(n.assessment.label[lang], 2);
  para(n.assessment.summary[lang]);
  field(t.deadline, formatAmsterdam(n.timing.deadlineAt));
  para(n.timing.late ? t.late : t.onTime);
  field(t.risk, riskLevelNames[n.assessment.riskLevel][lang]);
  const exception = n.assessment.informPeople.exception;
  field(
    t.inform,
    `${n.assessment.informPeople.required ? t.yes : t.no}${exception ? ` (${exceptionNames[exception][lang]})` : ''}`,
  );

  heading(t.completeness, 2);
  para(n.completeness.statement[lang]);

  if (!stored.appendix) {
    root.end();
    doc.end();
    return done;
  }
  const sev = stored.appendix.severity;
  heading(stored.appendix.label[lang], 2);
  field(t.severity, `${sev.formula} (${severityLevelNames[sev.level][lang]})`);
  field('DPC', `${sev.dpc.value}`);
  list([
    ...sev.dpc.perCategory.map((c) => `${c.category}: ${c.score} — ${c.reason[lang]}`),
    ...sev.dpc.adjustments.map((a) => `${a.delta >= 0 ? '+' : ''}${a.delta}: ${a.reason[lang]}`),
  ]);
  field('EI', `${sev.ei.value} — ${sev.ei.reason[lang]}`);
  for (const key of ['confidentiality', 'integrity', 'availability', 'maliciousIntent'] as const)
    field(`CB ${key}`, `${sev.cb[key].value} — ${sev.cb[key].reason[lang]}`);
  for (const o of (sev as Partial<typeof sev>).overrides ?? [])
    para(`${t.override}: ${o.criterion} ${o.derivedValue} → ${o.value}. ${o.reason}`);

  root.end();
  doc.end();
  return done;
}
