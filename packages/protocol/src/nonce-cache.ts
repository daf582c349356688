/**
 * The capability nonces (`jti`) a lock has accepted, each kept until the second after which no token carrying it
 * could be accepted any more (docs/protocol.md §7). Serialisable so a lock survives a restart without reopening
 * the replay window.
 */
export class NonceCache {
  readonly #until = new Map<string, number>();

  has(jti: string): boolean {
    return this.#until.has(jti);
  }

  /** Keep `jti` until `expSeconds` (Unix seconds) has passed. */
  remember(jti: string, expSeconds: number): void {
    this.#until.set(jti, Math.max(expSeconds, this.#until.get(jti) ?? expSeconds));
  }

  /** Forget the nonces whose keep-until time is not after `nowMs`. */
  prune(nowMs: number): void {
    for (const [jti, until] of this.#until) if (until * 1000 <= nowMs) this.#until.delete(jti);
  }

  get size(): number {
    return this.#until.size;
  }

  toJSON(): Array<[string, number]> {
    return [...this.#until];
  }

  static from(entries: Array<[string, number]>): NonceCache {
    const cache = new NonceCache();
    for (const [jti, until] of entries) cache.remember(jti, until);
    return cache;
  }
}
