/**
 * Word tables built when a text first needs them, not when their module is
 * imported: a Lambda that imports analysis code it rarely runs (the intake's
 * sponsor routes, the SMS channel's language guess) does not pay for
 * building them at every cold start. Built once, then kept.
 *
 * @example
 * const words = onFirstUse(() => new Set(LIST.split(' ')));
 * words().has('hello');
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/**
 * A read-only map whose entries are built on its first read, for module-level
 * tables other modules read as maps.
 *
 * @example
 * export const WORDS: ReadonlyMap<string, Entry> = mapOnFirstUse(buildWords);
 */
export function mapOnFirstUse<K, V>(build: () => ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  const map = onFirstUse(build);
  return {
    get: (key) => map().get(key),
    has: (key) => map().has(key),
    get size() {
      return map().size;
    },
    forEach: (callback, thisArg) => map().forEach(callback, thisArg),
    entries: () => map().entries(),
    keys: () => map().keys(),
    values: () => map().values(),
    [Symbol.iterator]: () => map()[Symbol.iterator](),
  };
}

/** The words of a list written one or more to a line, separated by single spaces or line breaks. */
export function wordSet(list: string): Set<string> {
  // A split on one character is several times faster than on /\s+/ for lists of thousands of words.
  return new Set(list.replaceAll('\n', ' ').split(' ').filter(Boolean));
}
