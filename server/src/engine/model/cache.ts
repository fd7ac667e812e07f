/**
 * The engine's one cache. A DesignDoc is an immutable snapshot of one document version (an edit makes a new doc), so
 * what is derived from it (the text of a step, the readable lines, the framing, the YAML tree) is computed at most
 * once per doc and dropped with it: the one WeakMap below is keyed by the doc and never goes stale. The few memos of
 * pure functions over text (step names in a heading, compiled glob lists, a doc re-parsed without the line being
 * typed) are bounded and built here too, and so are the values compiled on first use, so no other module keeps
 * state between calls.
 */
import type { DesignDoc } from './designDoc';

const derivedValues = new WeakMap<DesignDoc, Map<Derived<unknown>, unknown>>();

/** A value derived from a doc, computed on first use for each doc. */
export class Derived<T> {
  constructor(private readonly compute: (doc: DesignDoc) => T) {}

  get(doc: DesignDoc): T {
    const values = valuesOf(doc);
    if (values.has(this)) return values.get(this) as T;
    const value = this.compute(doc);
    values.set(this, value);
    return value;
  }

  /** Hands over a value already built for the doc (the parser's YAML tree), so it is not computed again. */
  remember(doc: DesignDoc, value: T): void {
    valuesOf(doc).set(this, value);
  }
}

/** Like Derived, for values that also depend on a small key (a step id, an option). */
export class DerivedByKey<K, T> {
  private readonly tables = new Derived<Map<K, T>>(() => new Map());

  constructor(private readonly compute: (doc: DesignDoc, key: K) => T) {}

  get(doc: DesignDoc, key: K): T {
    const table = this.tables.get(doc);
    if (table.has(key)) return table.get(key) as T;
    const value = this.compute(doc, key);
    table.set(key, value);
    return value;
  }
}

function valuesOf(doc: DesignDoc): Map<Derived<unknown>, unknown> {
  let values = derivedValues.get(doc);
  if (!values) {
    values = new Map();
    derivedValues.set(doc, values);
  }
  return values;
}

/**
 * A pure function of a string, remembering its last `limit` answers (the oldest is dropped first): for text that
 * comes back on every re-parse while the user types. Further arguments may make the work cheaper (an earlier
 * version of the same doc) but never change the answer.
 */
export function memoByText<T, Hints extends unknown[] = []>(
  limit: number,
  compute: (text: string, ...hints: Hints) => T,
): (text: string, ...hints: Hints) => T {
  const answers = new Map<string, T>();
  return (text, ...hints) => {
    if (answers.has(text)) return answers.get(text) as T;
    const answer = compute(text, ...hints);
    if (answers.size >= limit) answers.delete(answers.keys().next().value as string);
    answers.set(text, answer);
    return answer;
  };
}

/** A value built on first use (a compiled schema validator): work that can wait until something needs it. */
export function onFirstUse<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => {
    value ??= { built: build() };
    return value.built;
  };
}
