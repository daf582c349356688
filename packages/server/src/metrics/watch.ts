import { TERMINAL_STATES } from '@threshold/core';
import type { Bus } from '../bus.js';
import type { Metrics } from './metrics.js';

// The visit and device counters move from the bus (STYLE.md §4): the services and the gateway publish what happened
// as they always did, and nothing on their path waits for a metric.

const OUTCOMES = new Set<string>([...TERMINAL_STATES, 'denied']);
/** Arrivals waiting for their unlock; bounded so visits that never unlock cannot grow it without end. */
const ARRIVALS_KEPT = 10_000;

export function watchMetrics(bus: Bus, metrics: Metrics): () => void {
  const arrivedAt = new Map<string, number>();
  const visit = ({ visitId, state }: { visitId: string; state: string }) => {
    metrics.visitTransitions.inc({ state });
    if (state === 'arrived') {
      if (arrivedAt.size >= ARRIVALS_KEPT) arrivedAt.delete(arrivedAt.keys().next().value!);
      arrivedAt.set(visitId, performance.now());
    } else if (state === 'unlocked') {
      const start = arrivedAt.get(visitId);
      if (start !== undefined) metrics.unlockLatency.observe((performance.now() - start) / 1000);
      arrivedAt.delete(visitId);
    }
    if (OUTCOMES.has(state)) {
      metrics.visitOutcomes.inc({ outcome: state });
      arrivedAt.delete(visitId);
    }
  };
  const stops = [
    bus.on('home.visit', visit),
    bus.on('device.event', ({ event }) => metrics.deviceEvents.inc({ type: event.type })),
    bus.on('device.refused', ({ reason }) => metrics.deviceRefusals.inc({ reason })),
    bus.on('device.status', ({ online }) => metrics.deviceConnections.inc({ online: String(online) })),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
