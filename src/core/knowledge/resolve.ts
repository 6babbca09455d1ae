import type { Knowledge } from './knowledge.ts';

/** What a list of names resolved to: category ids in knowledge-base order, and names not known. */
export interface Resolution {
  categories: string[];
  unknown: string[];
}

/**
 * Maps Have I Been Pwned data-class names to category ids. Matching ignores case and
 * surrounding spaces, because people type these names by hand.
 * @example resolveHibpClasses(k, ['Email addresses', 'Passwords']) // { categories: ['email', 'password'], unknown: [] }
 */
export function resolveHibpClasses(knowledge: Knowledge, names: readonly string[]): Resolution {
  const byLower = new Map(Object.entries(knowledge.hibpDataClasses).map(([n, c]) => [n.toLowerCase(), c]));
  const found = new Set<string>();
  const unknown: string[] = [];
  for (const name of names) {
    const category = byLower.get(name.trim().toLowerCase());
    if (category) found.add(category);
    else unknown.push(name);
  }
  return { categories: inOrder(knowledge, found), unknown };
}

/** Checks category ids against the knowledge base; returns them deduplicated in its order. */
export function resolveCategoryIds(knowledge: Knowledge, ids: readonly string[]): Resolution {
  const known = new Set(knowledge.categories.map((c) => c.id));
  const found = new Set<string>();
  const unknown: string[] = [];
  for (const raw of ids) {
    const id = raw.trim();
    if (known.has(id)) found.add(id);
    else unknown.push(raw);
  }
  return { categories: inOrder(knowledge, found), unknown };
}

function inOrder(knowledge: Knowledge, set: ReadonlySet<string>): string[] {
  return knowledge.categories.map((c) => c.id).filter((id) => set.has(id));
}
