// Remembered answers of pure functions of one string: names, organizations and keys recur across a corpus's documents.

/** Entries kept before the memory starts afresh: a corpus's recurring names fit, a stream of unique texts does not grow it. */
const LIMIT = 50_000;

export function memoize<T>(fn: (text: string) => T): (text: string) => T {
  let known = new Map<string, T>();
  return (text: string): T => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = fn(text);
    if (known.size >= LIMIT) known = new Map();
    known.set(text, value);
    return value;
  };
}
