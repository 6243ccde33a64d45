import type { CompiledConfig } from '../../../core/routing';

/** How many enterprises' compiled configurations one server keeps (least recently used go first). */
export const MAX_COMPILED = 64;

/**
 * Compiled configurations per enterprise, keyed by their configuration version: a request whose
 * version read finds another version compiles again, so a write through any server is seen at the
 * next request. Bounded: the least recently used enterprise goes first. A load of one enterprise
 * in flight is shared by the requests that wait for it.
 */
export class CompiledCache {
  readonly #entries = new Map<string, { version: string; compiled: Promise<CompiledConfig> }>();
  readonly #max: number;
  compiles = 0;

  constructor(max = MAX_COMPILED) {
    this.#max = max;
  }

  async get(
    enterpriseId: string,
    version: string,
    load: () => Promise<{ version: string; compiled: CompiledConfig }>,
  ): Promise<CompiledConfig> {
    const hit = this.#entries.get(enterpriseId);
    if (hit && hit.version === version) {
      // Most recently used: to the end of the map's order.
      this.#entries.delete(enterpriseId);
      this.#entries.set(enterpriseId, hit);
      return hit.compiled;
    }
    this.compiles += 1;
    const loading = load();
    const entry = { version, compiled: loading.then((l) => l.compiled) };
    // A failed load is answered to its own caller below; the shared promise must not go unhandled.
    entry.compiled.catch(() => undefined);
    this.#entries.delete(enterpriseId);
    this.#entries.set(enterpriseId, entry);
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    try {
      const loaded = await loading;
      // The load read its own version in its transaction: keep it under that one.
      if (this.#entries.get(enterpriseId) === entry) {
        this.#entries.set(enterpriseId, { version: loaded.version, compiled: entry.compiled });
      }
      return loaded.compiled;
    } catch (error) {
      if (this.#entries.get(enterpriseId) === entry) this.#entries.delete(enterpriseId);
      throw error;
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}

const caches = new WeakMap<object, CompiledCache>();

/** The cache of one database (each app's database has its own, so test apps never share one). */
export function compiledCacheOf(database: object): CompiledCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = new CompiledCache();
    caches.set(database, cache);
  }
  return cache;
}
