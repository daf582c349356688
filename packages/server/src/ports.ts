import { randomBytes } from 'node:crypto';

/** The time, as a port so services and tests agree on "now" (STYLE.md, habit 2). */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Identifier source: `prefix + '_' + random`. */
export interface Ids {
  id(prefix: string): string;
}

/** 16 random bytes (128 bits) in base64url: unguessable, so an id never hints at another tenant's data. */
export const randomIds: Ids = { id: (prefix) => `${prefix}_${randomBytes(16).toString('base64url')}` };

/** ISO-8601 UTC text, the store's representation of an instant (migrations/20261125-0001-foundation.ts). */
export function isoAt(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** A deterministic clock for tests and replays. */
export function fixedClock(start: number): Clock & { advance(ms: number): void; set(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (ms) => {
      current = ms;
    },
  };
}

/** Sequential ids for tests: `prefix_1`, `prefix_2`, … */
export function sequentialIds(): Ids {
  let n = 0;
  return { id: (prefix) => `${prefix}_${++n}` };
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
