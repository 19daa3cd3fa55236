// DataLoader-style batching: every key asked for while GraphQL resolves one level is loaded with one query.

type Pending<K, V> = { key: K; resolve: (value: V) => void; reject: (error: unknown) => void };

/** Loads values by key in batches, at most once per key for the batcher's lifetime (one request). */
export class Batcher<K, V> {
  private readonly cache = new Map<K, Promise<V>>();
  private pending: Pending<K, V>[] = [];

  /** `loadMany` gets distinct keys and returns a value for each it knows; the others get `missing`. */
  constructor(
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    private readonly missing: V,
  ) {}

  load(key: K): Promise<V> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      // setImmediate runs after all promise jobs of this step: sibling resolvers have asked for their keys by then.
      if (this.pending.length === 1) setImmediate(() => this.dispatch());
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async dispatch(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const values = await this.loadMany(batch.map((p) => p.key));
      for (const p of batch) p.resolve(values.has(p.key) ? (values.get(p.key) as V) : this.missing);
    } catch (error) {
      for (const p of batch) {
        this.cache.delete(p.key);
        p.reject(error);
      }
    }
  }
}
