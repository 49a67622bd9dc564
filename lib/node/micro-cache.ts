/**
 * Remembers an answer (the promise, so concurrent callers also share one load) for `ttlMs`. For
 * reads that many clients poll at once — a task watched by a hundred viewers, an API client
 * hammering with one token — where an answer up to `ttlMs` old is as good as a fresh one. Writers
 * in this process call `forget`/`clear`; other processes' writes show within `ttlMs`.
 * Callers must not mutate the shared answer.
 */
export type MicroCache<A extends unknown[], V> = {
  get: (...args: A) => Promise<V>;
  forget: (...args: A) => void;
  clear: () => void;
};

export function microCache<A extends unknown[], V>(
  opts: { ttlMs: number; maxEntries: number; keyOf: (...args: A) => string },
  load: (...args: A) => Promise<V>,
): MicroCache<A, V> {
  const entries = new Map<string, { value: Promise<V>; expiresAt: number }>();
  return {
    get: (...args) => {
      const key = opts.keyOf(...args);
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now) return hit.value;
      entries.delete(key);
      if (entries.size >= opts.maxEntries) entries.delete(entries.keys().next().value as string);
      const value = load(...args);
      entries.set(key, { value, expiresAt: now + opts.ttlMs });
      // A failed load is not an answer: the next caller tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    forget: (...args) => {
      entries.delete(opts.keyOf(...args));
    },
    clear: () => entries.clear(),
  };
}
