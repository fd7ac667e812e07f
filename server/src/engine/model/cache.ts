/**
 * The engine's one cache. A DesignDoc is an immutable snapshot of one document version (an edit makes a new doc), so
 * what is derived from it (the text of a step, the readable lines, the framing, the YAML tree) is computed at most
 * once per doc and dropped with it: the one WeakMap below is keyed by the doc and never goes stale. What a piece of
 * the text says (a statement's reading, a paragraph's metrics, the front matter's parse) is remembered with the doc
 * and handed to its next version (TextMemo), so an edit computes again only the pieces it changed. The few memos of
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
 * A pure function of a string, remembering its recent answers: at least the last `limit / 2`, at most `limit`. For
 * text that comes back on every re-parse while the user types. Further arguments may make the work cheaper (an
 * earlier version of the same doc) but never change the answer.
 *
 * The answers are kept in two generations, the older dropped whole when the recent one is full, rather than dropping
 * the oldest answer one at a time: a Map walks past every key deleted before its first one, so with a stream of new
 * texts (100,000 YAML keys) each answer cost up to `limit` steps.
 */
export function memoByText<T, Hints extends unknown[] = []>(
  limit: number,
  compute: (text: string, ...hints: Hints) => T,
): (text: string, ...hints: Hints) => T {
  const generation = Math.max(1, Math.ceil(limit / 2));
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  return (text, ...hints) => {
    if (recent.has(text)) return recent.get(text) as T;
    const answer = older.has(text) ? (older.get(text) as T) : compute(text, ...hints);
    if (recent.size >= generation) {
      older = recent;
      recent = new Map();
    }
    recent.set(text, answer);
    return answer;
  };
}

/**
 * A pure function of a piece of a document's text (a statement, a line, a paragraph), whose answers a document
 * version remembers and hands to the next version of the same document (see TextMemos): an edit computes again only
 * the pieces it changed. The key is the text, prefixed by whatever else the answer depends on. The answers for
 * several keys are computed together, when that is cheaper than one by one (one pass per pattern over many texts).
 */
export class TextMemo<T> {
  constructor(readonly computeAll: (keys: readonly string[]) => T[]) {}

  /** A memo computing each answer on its own. */
  static each<T>(compute: (key: string) => T): TextMemo<T> {
    return new TextMemo((keys) => keys.map(compute));
  }

  /** The answer for `key` in this doc's version, remembered from it or from the versions before it. */
  get(doc: DesignDoc, key: string): T {
    return memosOf.get(doc).answer(this, key);
  }

  /** The answers for many keys; those not remembered are computed together. */
  getAll(doc: DesignDoc, keys: readonly string[]): T[] {
    return memosOf.get(doc).answers(this, keys);
  }
}

/** A remembered answer, and the last version of the document that used it. */
interface MemoEntry {
  answer: unknown;
  version: number;
}

/** A memo's answers by key, and how many of them the current version used. */
interface MemoTable {
  entries: Map<string, MemoEntry>;
  used: number;
}

/** An answer left unused this many versions ago is dropped once the table has outgrown what the doc uses. */
const slack = 64;

/**
 * The answers a document's TextMemos gave, shared by its versions (each parsed from the one before it): answers are
 * pure functions of their keys, so any version may use any of them. What no recent version used is dropped when a
 * table outgrows twice what the current version uses, so the tables stay about as large as the document.
 */
export class TextMemos {
  private readonly tables = new Map<TextMemo<unknown>, MemoTable>();
  /** The last value of each Evolving computation. */
  private readonly latest = new Map<Evolving<unknown>, unknown>();
  private version = 0;

  /** The tables for the next version of the document: the same answers, with what went unused dropped. */
  nextVersion(): TextMemos {
    for (const table of this.tables.values()) {
      if (table.entries.size > 2 * table.used + slack)
        for (const [key, entry] of table.entries) if (entry.version < this.version) table.entries.delete(key);
      table.used = 0;
    }
    this.version++;
    return this;
  }

  /** The value of an Evolving computation, given its last value for a version of this document. */
  evolve<T>(evolving: Evolving<T>, compute: (earlier: T | undefined) => T): T {
    const value = compute(this.latest.get(evolving) as T | undefined);
    this.latest.set(evolving, value);
    return value;
  }

  /** The answer for one key: remembered, or computed now. */
  answer<T>(memo: TextMemo<T>, key: string): T {
    const table = this.tableOf(memo);
    const entry = table.entries.get(key);
    if (!entry) return this.answers(memo, [key])[0];
    if (entry.version !== this.version) {
      entry.version = this.version;
      table.used++;
    }
    return entry.answer as T;
  }

  /** The answer for each key: remembered, or computed now (those not remembered together). */
  answers<T>(memo: TextMemo<T>, keys: readonly string[]): T[] {
    const table = this.tableOf(memo);
    const found: T[] = new Array<T>(keys.length);
    const missing: number[] = [];
    for (let k = 0; k < keys.length; k++) {
      const entry = table.entries.get(keys[k]);
      if (!entry) missing.push(k);
      else {
        if (entry.version !== this.version) {
          entry.version = this.version;
          table.used++;
        }
        found[k] = entry.answer as T;
      }
    }
    if (missing.length === 0) return found;
    const computed = memo.computeAll(missing.map((k) => keys[k]));
    missing.forEach((k, m) => {
      found[k] = computed[m];
      if (!table.entries.has(keys[k])) table.used++;
      table.entries.set(keys[k], { answer: computed[m], version: this.version });
    });
    return found;
  }

  private tableOf(memo: TextMemo<unknown>): MemoTable {
    let table = this.tables.get(memo);
    if (!table) {
      table = { entries: new Map(), used: 0 };
      this.tables.set(memo, table);
    }
    return table;
  }
}

/** Each doc's memo tables; the parser hands on those of the doc's previous version. */
export const memosOf = new Derived<TextMemos>(() => new TextMemos());

/**
 * A value derived from a doc like Derived, computed with the value the same computation gave for an earlier version
 * of the doc (the last one it ran for), to take over what the edit left as it was. The computation checks what it
 * takes over: its value must be the same whatever earlier value it is handed.
 */
export class Evolving<T> {
  private readonly values: Derived<T>;

  constructor(compute: (doc: DesignDoc, earlier: T | undefined) => T) {
    this.values = new Derived((doc) => memosOf.get(doc).evolve(this, (earlier) => compute(doc, earlier)));
  }

  get(doc: DesignDoc): T {
    return this.values.get(doc);
  }
}

/** A value built on first use (a compiled schema validator): work that can wait until something needs it. */
export function onFirstUse<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => {
    value ??= { built: build() };
    return value.built;
  };
}
