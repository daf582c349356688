import type { FastifyServerOptions } from 'fastify';
import type { ClipStore } from '../clips/clip-store.js';
import type { Config } from '../config.js';
import type { LiveHub } from '../live/live-hub.js';
import type { Metrics } from '../metrics/metrics.js';
import type { Clock, Ids } from '../ports.js';
import type { ServiceDeps } from '../services/deps.js';
import type { DeviceCommands } from '../services/devices.js';
import type { LockerBankLink } from '../services/lockers/bank-link.js';
import type { VisitRuntime } from '../services/visits/deps.js';
import type { Store } from '../store/db.js';

/** A readiness probe: `true` when ready, or a reason it is not (e.g. "broker disconnected"). */
export type ReadyCheck = () => Promise<true | string> | true | string;

/**
 * Everything the HTTP app is built from. Areas add their services as optional members (e.g. `gateway`), read them in
 * their route plugin through `app.deps`, and register that plugin in routes/index.ts.
 */
export interface AppDeps {
  store: Store;
  config: Readonly<Config>;
  clock: Clock;
  ids: Ids;
  /** Fastify logger options or instance; `false` (the default) logs nothing, as tests want. */
  log?: FastifyServerOptions['logger'] | FastifyServerOptions['loggerInstance'];
  /** Extra readiness checks, named, e.g. `{ broker: () => gateway.connected || 'broker disconnected' }`. */
  ready?: Record<string, ReadyCheck>;
  /** Observes every route as it is registered (the route sweeps in test/ use it to find routes with no test case). */
  onRoute?: (route: { method: string; url: string; hasBody: boolean; hasParams: boolean }) => void;
  /** The device gateway (gateway/gateway.ts); pairing answers 503 without it. */
  gateway?: DeviceCommands;
  /** Clip storage (clips/clip-store.ts); device uploads answer 503 without it. */
  clips?: ClipStore;
  /** Live updates (live/live-hub.ts); GET /v1/homes/{homeId}/events answers 503 without it. */
  live?: LiveHub;
  /** The bus and settings visits run with (services/visits); the visit routes answer 503 without it. */
  visits?: VisitRuntime;
  /** Locker banks (services/lockers/bank-link.ts): compartments open over MQTT only with it. */
  lockers?: LockerBankLink;
  /** Customer notifications (services/notifications); GET /v1/push/vapid-public-key answers 503 without it. */
  notifications?: { vapidPublicKey: string };
  /** Prometheus metrics (metrics/metrics.ts): HTTP latency is counted and `GET /metrics` served only with it. */
  metrics?: Metrics;
}

export function serviceDeps(deps: AppDeps): ServiceDeps {
  return { db: deps.store.db, clock: deps.clock, ids: deps.ids };
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    services: ServiceDeps;
  }
}
