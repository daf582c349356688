// The polling loop shared by the job runner and the webhook dispatcher: run a pass, and unless it says more work is
// waiting, idle `pollMs` or until kicked. Every node runs its own; the store decides who takes what.

export interface Poller {
  /** Cuts the current idle short. */
  kick(): void;
  /** Stops after the pass in progress. */
  stop(): Promise<void>;
}

export interface PollerOptions {
  pollMs: number;
  /** Runs once before the first pass (e.g. freeing the leases of this node's previous life). */
  start: () => Promise<void>;
  /** One pass; true when more work is likely waiting, so the next pass starts at once. */
  pass: () => Promise<boolean>;
}

export function startPoller(o: PollerOptions): Poller {
  let stopped = false;
  let kicked = false;
  let wake: (() => void) | undefined;

  const idle = () =>
    new Promise<void>((resolve) => {
      if (kicked || stopped) return resolve();
      const timer = setTimeout(resolve, o.pollMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function loop(): Promise<void> {
    await o.start();
    while (!stopped) {
      kicked = false;
      if (!(await o.pass())) await idle();
      wake = undefined;
    }
  }

  const looping = loop();
  return {
    kick() {
      kicked = true;
      wake?.();
    },
    async stop() {
      stopped = true;
      wake?.();
      await looping;
    },
  };
}
