import type { z } from 'zod';
import type { SectionName } from './schema.ts';

/** One mistake in the knowledge base: which file (section), where inside it, what is expected. */
export interface KnowledgeIssue {
  section: SectionName;
  path: string;
  message: string;
}

/** Writes a path the way a reviewer reads YAML: `actions[3].steps[0].nl`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(part))
      out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(top of the file)';
}

/** Turns a zod issue into a sentence that says what is expected, without zod's own jargon. */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? `missing; expected ${issue.expected}` : `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string')
        return issue.message.startsWith('expected') ? issue.message : 'expected a text';
      return `expected at least ${String(issue.minimum)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}
