// Work asked for in one turn of the event loop, done as one group (docs/performance.md, "Connect cost, second
// round"): the first request of a turn schedules the group with setImmediate, which runs after the turn's I/O
// callbacks and microtasks, so every request read from the sockets meanwhile joins it. One group at a time; requests
// that arrive while a group runs form the next. Each caller hears its own outcome once its group is done.

interface Waiter<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/** `run` answers one settled outcome per item, in the items' order. */
export function batchPerTurn<I, O>(
  run: (items: readonly I[]) => Promise<readonly PromiseSettledResult<O>[]>,
): (item: I) => Promise<O> {
  let waiting: Waiter<I, O>[] = [];
  let running: Promise<void> | null = null;

  async function runGroups(): Promise<void> {
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      const outcomes = await run(group.map((w) => w.item)).catch((error: unknown) =>
        group.map((): PromiseSettledResult<O> => ({ status: 'rejected', reason: error })),
      );
      for (const [i, w] of group.entries()) {
        const outcome = outcomes[i]!;
        if (outcome.status === 'fulfilled') w.resolve(outcome.value);
        else w.reject(outcome.reason);
      }
    }
    running = null;
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (waiting.length === 1 && running === null) {
        setImmediate(() => {
          running ??= runGroups();
        });
      }
    });
}
