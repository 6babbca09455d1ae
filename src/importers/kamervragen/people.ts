import type { Respondent, Submitter } from './types.ts';

/** A name with the texts of its parenthesised groups: "Eelco Heinen (minister …) (VVD)". */
interface NamedEntry {
  name: string;
  groups: string[];
}

export interface PeopleParse<T> {
  people: T[];
  /** Problems with the field text (unbalanced parentheses, empty entries). */
  problems: string[];
}

/** Splits on commas that are not inside parentheses: "A (x, y), B" is two entries. */
function splitTopLevel(field: string): { parts: string[]; balanced: boolean } {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  let balanced = true;
  for (const ch of field) {
    if (ch === '(') depth += 1;
    if (ch === ')') {
      depth -= 1;
      if (depth < 0) {
        balanced = false;
        depth = 0;
      }
    }
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return { parts, balanced: balanced && depth === 0 };
}

function readEntry(part: string): NamedEntry | undefined {
  const text = part.trim().replace(/\s+/gu, ' ');
  if (text === '') return undefined;
  const groups: string[] = [];
  let name = '';
  let depth = 0;
  let group = '';
  for (const ch of text) {
    if (ch === '(') {
      if (depth > 0) group += ch;
      depth += 1;
    } else if (ch === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        groups.push(group.trim());
        group = '';
      } else {
        group += ch;
      }
    } else if (depth > 0) {
      group += ch;
    } else {
      name += ch;
    }
  }
  if (depth > 0) return { name: text, groups: [] };
  return { name: name.trim().replace(/\s+/gu, ' '), groups: groups.filter((g) => g !== '') };
}

function readEntries(field: string): { entries: NamedEntry[]; problems: string[] } {
  const { parts, balanced } = splitTopLevel(field);
  const problems: string[] = [];
  if (!balanced) problems.push(`the parentheses do not match in "${field.trim()}"`);
  const entries: NamedEntry[] = [];
  for (const part of parts) {
    const entry = readEntry(part);
    if (!entry || entry.name === '') problems.push(`an empty name in "${field.trim()}"`);
    if (entry && entry.name !== '') entries.push(entry);
  }
  if (field.trim() === '') return { entries: [], problems: ['no names'] };
  return { entries, problems };
}

/**
 * Reads the submitters field: names separated by commas, each with its party in parentheses.
 * @example parseSubmitters('Jesse Six Dijkstra (NSC), Barbara Kathmann (PvdA)')
 */
export function parseSubmitters(field: string): PeopleParse<Submitter> {
  const { entries, problems } = readEntries(field);
  const people = entries.map((e) => ({ name: e.name, party: e.groups.length ? e.groups.join(', ') : null }));
  return { people, problems };
}

/** Words a government role starts with; a group that starts otherwise in capitals is a party. */
const ROLE_START = /^(minister|staatssecretaris|minister-president|premier|bewindspersoon|demissionair)/iu;

/** A group is a role when it starts with a role word or a lower-case letter, else a party. */
export function isRoleText(group: string): boolean {
  return ROLE_START.test(group) || /^\p{Ll}/u.test(group);
}

/**
 * Reads the respondents field. Commas inside parentheses belong to the role:
 * "David van Weel (minister justitie en veiligheid, minister asiel en migratie)" is one
 * respondent; "Heijnen , van Marum" is two. A group is a role or a party (see `isRoleText`).
 */
export function parseRespondents(field: string): PeopleParse<Respondent> {
  const { entries, problems } = readEntries(field);
  const people = entries.map((e) => {
    const roles = e.groups.filter(isRoleText);
    const parties = e.groups.filter((g) => !isRoleText(g));
    return {
      name: e.name,
      role: roles.length ? roles.join('; ') : null,
      party: parties.length ? parties.join(', ') : null,
    };
  });
  return { people, problems };
}
