/**
 * How many live streams each caller holds open on this node, bounded so one account cannot pin the server's sockets
 * and memory (docs/api.md, "Limits"). `max` 0 means no bound.
 */
export interface StreamQuota {
  /** Takes a stream for `caller`, or answers false when the caller already holds `max`. */
  take(caller: string): boolean;
  give(caller: string): void;
  held(caller: string): number;
}

export function streamQuota(max: number): StreamQuota {
  const open = new Map<string, number>();
  return {
    take(caller) {
      const held = open.get(caller) ?? 0;
      if (max > 0 && held >= max) return false;
      open.set(caller, held + 1);
      return true;
    },
    give(caller) {
      const held = (open.get(caller) ?? 0) - 1;
      if (held > 0) open.set(caller, held);
      else open.delete(caller);
    },
    held: (caller) => open.get(caller) ?? 0,
  };
}
