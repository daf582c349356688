import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Clock } from '../ports.js';
import type { Db } from '../store/db.js';
import { backlogGauges } from './backlog.js';

// What an operator scrapes from `GET /metrics` (docs/operations.md "Metrics"). On the hot path only counters and
// histograms move (a label lookup and an add); every gauge is read from the store when scraped, so a node that is
// never scraped pays nothing for them. One registry per platform, so several platforms in one process stay apart.

export interface Metrics {
  readonly registry: Registry;
  /** One HTTP answer: the route's pattern (never the raw URL), the method, the status and the time it took. */
  readonly http: Histogram<'method' | 'route' | 'status'>;
  /** Every visit transition, by the state entered. */
  readonly visitTransitions: Counter<'state'>;
  /** Visits that reached an end, by how they ended (a terminal state, or `denied`). */
  readonly visitOutcomes: Counter<'outcome'>;
  /** From a visit's arrival to its door unlocked, as this node saw both. */
  readonly unlockLatency: Histogram<never>;
  /** Verified device events the gateway accepted, by type. */
  readonly deviceEvents: Counter<'type'>;
  /** Device messages the gateway refused, by reason (docs/protocol.md "Refusals"). */
  readonly deviceRefusals: Counter<'reason'>;
  /** A device's connection came up or went down (its status topic). */
  readonly deviceConnections: Counter<'online'>;
}

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(source: { db: Db; clock: Clock }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  backlogGauges(registry, source);
  return {
    registry,
    http: new Histogram({
      name: 'threshold_http_request_duration_seconds',
      help: 'HTTP requests by route pattern, method and status, with the time to answer',
      labelNames: ['method', 'route', 'status'],
      buckets: SECONDS,
      registers,
    }),
    visitTransitions: new Counter({
      name: 'threshold_visit_transitions_total',
      help: 'Visit transitions, by the state entered',
      labelNames: ['state'],
      registers,
    }),
    visitOutcomes: new Counter({
      name: 'threshold_visit_outcomes_total',
      help: 'Visits that ended, by outcome (completed, fallback, aborted, failed, denied)',
      labelNames: ['outcome'],
      registers,
    }),
    unlockLatency: new Histogram({
      name: 'threshold_unlock_latency_seconds',
      help: 'From a visit arriving to its door unlocked, when one node saw both',
      buckets: SECONDS,
      registers,
    }),
    deviceEvents: new Counter({
      name: 'threshold_device_events_accepted_total',
      help: 'Verified device events accepted by the gateway, by type',
      labelNames: ['type'],
      registers,
    }),
    deviceRefusals: new Counter({
      name: 'threshold_device_events_refused_total',
      help: 'Device messages refused by the gateway or the broker, by reason',
      labelNames: ['reason'],
      registers,
    }),
    deviceConnections: new Counter({
      name: 'threshold_device_connection_changes_total',
      help: 'Device connections coming up (online="true") or going down (online="false")',
      labelNames: ['online'],
      registers,
    }),
  };
}
