/** The most results a configuration's memo keeps before it starts again (a bound on its memory). */
export const MAX_CACHED = 100_000;

/**
 * A memo of pure results for one compiled configuration: a schedule's state in a minute, a
 * number's parse and classification. Never observable (the same key always makes the same value),
 * bounded, and what keeps a plan's cost down to a few map lookups for the calls of a busy day.
 */
export class RoutingCache {
  private readonly values = new Map<string, unknown>();

  get<V>(key: string, make: () => V): V {
    if (this.values.has(key)) return this.values.get(key) as V;
    const value = make();
    if (this.values.size >= MAX_CACHED) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}
