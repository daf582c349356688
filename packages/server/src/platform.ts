import type { VisitExpectations } from '@threshold/core';
import { Bus } from './bus.js';
import { type ClipStore, createClipStore } from './clips/clip-store.js';
import { type ClusterNode, startClusterNode } from './cluster/index.js';
import type { Config } from './config.js';
import { type Gateway, startGateway } from './gateway/gateway.js';
import type { GatewayLog } from './gateway/log.js';
import { buildApp } from './http/app.js';
import type { AppDeps } from './http/deps.js';
import { ensureIdempotencyExpiry, idempotencyExpiryJobHandlers } from './http/idempotency-expiry.js';
import { type JobRunner, startJobRunner } from './jobs/runner.js';
import { startDeviceFeed } from './live/device-feed.js';
import { createLiveHub, type LiveHub } from './live/live-hub.js';
import { createMetrics } from './metrics/metrics.js';
import { watchMetrics } from './metrics/watch.js';
import type { Clock, Ids } from './ports.js';
import { grantJobHandlers } from './services/grants/overstay.js';
import { checkpointJobHandlers, ensureCheckpointSchedule } from './services/ledger-checkpoints.js';
import { startLockerBankFeed } from './services/lockers/bank-feed.js';
import { mqttBankLink } from './services/lockers/bank-mqtt.js';
import { ensureLockerSchedule, lockerJobHandlers } from './services/lockers/rounds.js';
import { startNotifications } from './services/notifications/index.js';
import { ensureRetentionSchedule, retentionJobHandlers } from './services/retention.js';
import type { VisitDeps } from './services/visits/deps.js';
import { startDeviceAlerts } from './services/visits/device-alerts.js';
import { startVisitServices, visitJobHandlers } from './services/visits/index.js';
import type { Store } from './store/db.js';
import { tracingOn } from './tracing/tracer.js';
import { traceVisitPhases } from './tracing/visit-phases.js';
import { startWebhookDispatcher, type WebhookDispatcher } from './webhooks/dispatcher.js';

// The platform's modules wired together over one store: gateway, live updates, visit services, durable jobs and the
// HTTP app. `main` and the end-to-end test harness both start exactly this, so what is tested is what runs.

export interface PlatformOptions {
  store: Store;
  config: Readonly<Config>;
  clock: Clock;
  ids: Ids;
  /** Where modules log (a pino logger in production, a silent one in tests). */
  log: GatewayLog;
  /** The HTTP app's logger (AppDeps.log). */
  httpLog?: AppDeps['log'];
  /** Unique per node and stable across its restarts, so a restarted node takes its unfinished jobs back at once. */
  nodeId: string;
  expectations?: Partial<VisitExpectations>;
  jobPollMs?: number;
  /** Several nodes only (cluster/partition-leases.ts): lease timings, shortened by tests. */
  leases?: { heartbeatMs?: number; ttlMs?: number };
}

export interface RunningPlatform {
  bus: Bus;
  gateway: Gateway;
  clips: ClipStore;
  live: LiveHub;
  /** Set when this node is one of several (PostgreSQL and an external broker): its device partitions and bus fan-out. */
  cluster: ClusterNode | null;
  app: Awaited<ReturnType<typeof buildApp>>;
  visitDeps: VisitDeps;
  jobs(): JobRunner;
  /** The webhook outbox's dispatcher (webhooks/dispatcher.ts). */
  webhooks(): WebhookDispatcher;
  /** Restarts the visit services and the job runner, as a new process would after SIGKILL. */
  restartServices(): Promise<void>;
  /** Stops everything but the store, HTTP last-in first-out. */
  stop(): Promise<void>;
}

export async function startPlatform(o: PlatformOptions): Promise<RunningPlatform> {
  const { store, config, clock, ids, log } = o;
  const bus = new Bus();
  const cluster = await startClusterNode({
    store,
    config,
    nodeId: o.nodeId,
    bus,
    log,
    ...(o.leases ? { leases: o.leases } : {}),
  });
  // Waits and the live hub also hear other nodes' events; services acting on every event hear only this node's.
  const shared = cluster?.bus ?? bus;
  const gateway = await startGateway({
    db: store.db,
    dialect: store.dialect,
    bus,
    clock,
    ids,
    log,
    mqtt: { url: config.mqttUrl, host: '127.0.0.1', port: config.mqttPort, sharedGroup: config.mqttSharedGroup },
    liveness: { graceMs: config.deviceGraceMs },
    ...(cluster ? { ownership: cluster.ownership } : {}),
  });
  const metrics = createMetrics({ db: store.db, clock });
  const stopMetrics = watchMetrics(bus, metrics);
  const stopTracing = tracingOn() ? traceVisitPhases(bus) : () => {};
  const clips = createClipStore({ dataDir: config.dataDir });
  const live = createLiveHub(shared, { clock });
  const stopDeviceFeed = startDeviceFeed({ db: store.db, bus, onError: (err) => log.error({ err }, 'device feed') });

  // Locker sites (docs/protocol-locker.md): opens go out as signed `locker.open`, recorded first by the site's camera
  // where there is one; this node's bank events come in.
  const lockers = mqttBankLink(gateway, log, shared, { postRollMs: o.expectations?.postRollMs });
  const lockerFeed = startLockerBankFeed({ db: store.db, clock, ids, bank: lockers }, bus, log);
  const notifications = startNotifications({ db: store.db, clock, log, config });
  let jobs: JobRunner | undefined;
  const runtime = { bus: shared, log, expectations: o.expectations, kickJobs: () => jobs?.kick() };
  const visitDeps: VisitDeps = { db: store.db, clock, ids, ...runtime, gateway, blobs: clips };
  const serviceDeps: VisitDeps = { ...visitDeps, bus };
  const startJobs = () =>
    startJobRunner({
      store,
      clock,
      log,
      handlers: {
        ...visitJobHandlers(visitDeps),
        ...grantJobHandlers(visitDeps),
        ...checkpointJobHandlers({ db: store.db, clock, ids }, log),
        ...retentionJobHandlers({ db: store.db, clock, ids, clips }),
        ...idempotencyExpiryJobHandlers({ db: store.db, clock }),
        ...lockerJobHandlers({ db: store.db, clock, ids }),
        ...notifications.handlers,
      },
      nodeId: o.nodeId,
      ...(o.jobPollMs === undefined ? {} : { pollMs: o.jobPollMs }),
    });
  const startWebhooks = () =>
    startWebhookDispatcher({
      store,
      clock,
      ids,
      log,
      nodeId: o.nodeId,
      allowPrivate: config.webhookAllowPrivate,
      ...(o.jobPollMs === undefined ? {} : { pollMs: o.jobPollMs }),
    });
  let webhooks = startWebhooks();
  let services = startVisitServices(serviceDeps);
  const stopDeviceAlerts = startDeviceAlerts(serviceDeps);
  await ensureCheckpointSchedule({ db: store.db, clock, ids });
  await ensureRetentionSchedule({ db: store.db, clock, ids });
  await ensureIdempotencyExpiry({ db: store.db, clock });
  await ensureLockerSchedule({ db: store.db, clock, ids });
  jobs = startJobs();

  const app = await buildApp({
    store,
    config,
    clock,
    ids,
    log: o.httpLog,
    gateway,
    clips,
    live,
    visits: runtime,
    notifications: { vapidPublicKey: notifications.vapidPublicKey },
    lockers,
    ready: { broker: () => gateway.connected || 'broker disconnected' },
    metrics,
  });

  return {
    bus,
    gateway,
    clips,
    live,
    cluster,
    app,
    visitDeps,
    jobs: () => jobs!,
    webhooks: () => webhooks,
    async restartServices() {
      await services.stop();
      await jobs?.stop();
      services = startVisitServices(serviceDeps);
      jobs = startJobs();
      await webhooks.stop();
      webhooks = startWebhooks();
    },
    async stop() {
      const closing = app.close(); // stops accepting, lets in-flight requests finish
      app.server.closeIdleConnections?.();
      await closing;
      live.stop();
      await services.stop();
      await jobs?.stop();
      await webhooks.stop();
      stopDeviceFeed();
      stopDeviceAlerts();
      await lockerFeed.stop();
      stopMetrics();
      stopTracing();
      notifications.stop();
      await gateway.stop();
      await cluster?.stop(); // after the gateway finished its messages: then the others take the devices over
    },
  };
}
