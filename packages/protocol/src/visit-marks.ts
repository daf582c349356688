/**
 * What a lock remembers per visit (`sub`) so that, offline, it never opens twice for one visit with two different
 * capabilities (docs/protocol.md §7 "One capability per visit"): the newest capability it used for the visit, and
 * whether the platform closed the visit. A capability older than the one used (`iat` lower, or the same `iat` with a
 * different `jti`), or of a closed visit, is refused as `superseded`. Serialisable, kept in flash like the nonces.
 */
export type VisitMarkEntry = [sub: string, iat: number, jti: string, untilSeconds: number, closed: boolean];

interface Mark {
  iat: number;
  jti: string;
  /** Unix seconds after which no capability of this visit could be accepted any more: forget then. */
  until: number;
  closed: boolean;
}

export class VisitMarks {
  readonly #marks = new Map<string, Mark>();

  /** Whether a capability for `sub` issued at `iat` with nonce `jti` is superseded by what this lock already saw. */
  superseded(sub: string, iat: number, jti: string): boolean {
    const mark = this.#marks.get(sub);
    if (!mark) return false;
    return mark.closed || iat < mark.iat || (iat === mark.iat && jti !== mark.jti);
  }

  /** The lock accepted (`sub`, `iat`, `jti`); keep it until `untilSeconds`. */
  used(sub: string, iat: number, jti: string, untilSeconds: number): void {
    const mark = this.#marks.get(sub);
    const until = Math.max(untilSeconds, mark?.until ?? untilSeconds);
    if (mark && (mark.closed || mark.iat > iat)) {
      mark.until = until;
      return;
    }
    this.#marks.set(sub, { iat, jti, until, closed: false });
  }

  /** The platform said the visit is over: every capability of it is refused until `untilSeconds`. */
  close(sub: string, untilSeconds: number): void {
    const mark = this.#marks.get(sub);
    const until = Math.max(untilSeconds, mark?.until ?? untilSeconds);
    this.#marks.set(sub, { iat: mark?.iat ?? 0, jti: mark?.jti ?? '', until, closed: true });
  }

  isClosed(sub: string): boolean {
    return this.#marks.get(sub)?.closed === true;
  }

  /** Forget the visits whose keep-until time is not after `nowMs`. */
  prune(nowMs: number): void {
    for (const [sub, mark] of this.#marks) if (mark.until * 1000 <= nowMs) this.#marks.delete(sub);
  }

  get size(): number {
    return this.#marks.size;
  }

  toJSON(): VisitMarkEntry[] {
    return [...this.#marks].map(([sub, m]) => [sub, m.iat, m.jti, m.until, m.closed]);
  }

  static from(entries: readonly VisitMarkEntry[]): VisitMarks {
    const marks = new VisitMarks();
    for (const [sub, iat, jti, until, closed] of entries) {
      if (closed) marks.close(sub, until);
      else marks.used(sub, iat, jti, until);
    }
    return marks;
  }
}
