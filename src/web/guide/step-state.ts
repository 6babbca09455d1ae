/**
 * The one-step-at-a-time mode keeps its state in the page address only (`stap`, `gedaan`,
 * `later`), so it lives in the person's own browser (history, bookmarks) and never on the
 * server, and it works with plain links and GET forms, without JavaScript.
 */
export interface StepState {
  /** 1-based; one past the last step means "finished". */
  step: number;
  done: string[];
  later: string[];
}

export type StepAnswer = 'gedaan' | 'later';

const many = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is string => typeof item === 'string',
  );

/** Reads the state from a query; unknown action ids are dropped, the step is kept in range. */
export function parseStepState(query: unknown, actionIds: readonly string[]): StepState {
  const source = (query ?? {}) as Record<string, unknown>;
  const known = new Set(actionIds);
  const ids = (name: string) => [...new Set(many(source[name]).filter((id) => known.has(id)))];
  const done = ids('gedaan');
  const later = ids('later').filter((id) => !done.includes(id));
  const step = Number.parseInt(many(source.stap)[0] ?? '1', 10);
  const max = actionIds.length + 1;
  return { step: Number.isFinite(step) ? Math.min(Math.max(step, 1), max) : 1, done, later };
}

/** The answer given on the page: a step can be answered "done" or "later". */
export function parseStepAnswer(query: unknown): StepAnswer | undefined {
  const value = many(((query ?? {}) as Record<string, unknown>).antwoord)[0];
  return value === 'gedaan' || value === 'later' ? value : undefined;
}

/** The state after answering the current step; the next step follows. */
export function answerStep(state: StepState, actionIds: readonly string[], answer: StepAnswer): StepState {
  const id = actionIds[state.step - 1];
  if (id === undefined) return state;
  const done = state.done.filter((other) => other !== id);
  const later = state.later.filter((other) => other !== id);
  (answer === 'gedaan' ? done : later).push(id);
  return { step: Math.min(state.step + 1, actionIds.length + 1), done, later };
}

/** The query pairs of a state (with the page's own pairs first, e.g. the chosen breach). */
export function stepQuery(state: StepState, base: readonly [string, string][] = []): [string, string][] {
  return [
    ...base,
    ['stap', String(state.step)],
    ...state.done.map((id): [string, string] => ['gedaan', id]),
    ...state.later.map((id): [string, string] => ['later', id]),
  ];
}
