import { Gauge, type Registry } from 'prom-client';
import { type Clock, isoAt } from '../ports.js';
import type { Db } from '../store/db.js';

// The gauges: read from the store when scraped, never kept up to date on the hot path. Each is one small aggregate
// query over an indexed or small table; the store is shared, so they describe the whole platform, not this node.

type Source = { db: Db; clock: Clock };

const NOTIFICATION_JOBS = 'notify.%';

const ageSeconds = (nowMs: number, oldest: string | null | undefined) =>
  oldest ? Math.max(0, (nowMs - Date.parse(oldest)) / 1000) : 0;

/** One load for the gauges that share it: the registry collects them at once, so they share one in-flight query. */
function shared<T>(load: () => Promise<T>): () => Promise<T> {
  let inflight: Promise<T> | null = null;
  return () => {
    inflight ??= load().finally(() => {
      inflight = null;
    });
    return inflight;
  };
}

function dueJobs(s: Source) {
  return shared(async () => {
    const now = s.clock.now();
    const rows = await s.db
      .selectFrom('jobs')
      .select((eb) => ['kind', eb.fn.countAll<number>().as('n'), eb.fn.min('run_at').as('oldest')])
      .where('run_at', '<=', isoAt(now))
      .groupBy('kind')
      .execute();
    return rows.map((r) => ({ kind: r.kind, n: Number(r.n), ageSeconds: ageSeconds(now, r.oldest) }));
  });
}

function pendingWebhooks(s: Source) {
  return shared(async () => {
    const row = await s.db
      .selectFrom('webhook_sends')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('created_at').as('oldest')])
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return { n: Number(row?.n ?? 0), ageSeconds: ageSeconds(s.clock.now(), row?.oldest) };
  });
}

export function backlogGauges(registry: Registry, s: Source): void {
  const registers = [registry];
  const jobs = dueJobs(s);
  new Gauge({
    name: 'threshold_jobs_due',
    help: 'Durable jobs whose time has come and that have not finished (queue depth), by kind',
    labelNames: ['kind'],
    registers,
    async collect() {
      const rows = await jobs();
      this.reset();
      for (const row of rows) this.set({ kind: row.kind }, row.n);
    },
  });
  new Gauge({
    name: 'threshold_jobs_oldest_due_age_seconds',
    help: 'How long the oldest due job of each kind has been waiting',
    labelNames: ['kind'],
    registers,
    async collect() {
      const rows = await jobs();
      this.reset();
      for (const row of rows) this.set({ kind: row.kind }, row.ageSeconds);
    },
  });
  new Gauge({
    name: 'threshold_notification_backlog',
    help: 'Customer notifications (fan-out, push and email jobs) due and not yet sent',
    registers,
    async collect() {
      const row = await s.db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', 'like', NOTIFICATION_JOBS)
        .where('run_at', '<=', isoAt(s.clock.now()))
        .executeTakeFirst();
      this.set(Number(row?.n ?? 0));
    },
  });
  const webhooks = pendingWebhooks(s);
  new Gauge({
    name: 'threshold_webhook_backlog',
    help: 'Webhook sends pending (not yet delivered nor given up)',
    registers,
    async collect() {
      this.set((await webhooks()).n);
    },
  });
  new Gauge({
    name: 'threshold_webhook_oldest_pending_age_seconds',
    help: 'How long the oldest webhook send still pending has been waiting',
    registers,
    async collect() {
      this.set((await webhooks()).ageSeconds);
    },
  });
  new Gauge({
    name: 'threshold_visits_open',
    help: 'Visits not yet closed, by state',
    labelNames: ['state'],
    registers,
    async collect() {
      const rows = await s.db
        .selectFrom('visits')
        .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
        .where('open', '=', 1)
        .groupBy('state')
        .execute();
      this.reset();
      for (const row of rows) this.set({ state: row.state }, Number(row.n));
    },
  });
  new Gauge({
    name: 'threshold_devices_online',
    help: 'Devices whose connection is up, as the platform last saw their status',
    registers,
    async collect() {
      const row = await s.db
        .selectFrom('devices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('online', '=', 1)
        .executeTakeFirst();
      this.set(Number(row?.n ?? 0));
    },
  });
}
