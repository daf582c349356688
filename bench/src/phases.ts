import type { Bus } from '@threshold/server/bus';

// Where the time of an unlock goes inside the platform, from its own bus (src/bus.ts): the moments each step of
// docs/architecture.md "The flow of an unlock" became visible, per visit. Runs inside server-host.ts.

/** Phase name → durations in ms, one per visit that went through it. */
export type PhaseSamples = Record<string, number[]>;

interface Marks {
  verified?: number;
  recordingEvent?: number;
  recording?: number;
  boltEvent?: number;
  unlocked?: number;
}

const PHASES: readonly [string, keyof Marks, keyof Marks][] = [
  ['verified → camera recording event', 'verified', 'recordingEvent'],
  ['recording event → visit recording', 'recordingEvent', 'recording'],
  ['visit recording → lock bolt event', 'recording', 'boltEvent'],
  ['bolt event → visit unlocked', 'boltEvent', 'unlocked'],
  ['verified → unlocked (inside server)', 'verified', 'unlocked'],
];

export function watchPhases(bus: Bus): { take(): PhaseSamples } {
  let marks = new Map<string, Marks>();
  const mark = (visitId: string, key: keyof Marks) => {
    const m = marks.get(visitId) ?? {};
    m[key] ??= performance.now();
    marks.set(visitId, m);
  };
  bus.on('home.visit', ({ visitId, state }) => {
    if (state === 'verified' || state === 'recording' || state === 'unlocked') mark(visitId, state);
  });
  bus.on('device.event', ({ event }) => {
    if (event.type === 'recording' && event.data.recording === 'started') mark(event.data.session, 'recordingEvent');
    if (event.type === 'bolt' && event.data.bolt === 'unlocked' && event.data.visit)
      mark(event.data.visit, 'boltEvent');
  });
  return {
    take() {
      const out: PhaseSamples = {};
      for (const [name, from, to] of PHASES) {
        out[name] = [...marks.values()].flatMap((m) =>
          m[from] !== undefined && m[to] !== undefined ? [m[to]! - m[from]!] : [],
        );
      }
      marks = new Map();
      return out;
    },
  };
}
