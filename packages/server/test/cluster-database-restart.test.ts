import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import {
  type ClusterNodeProcess,
  createTestDatabase,
  eventually,
  openEventStream,
  stopNode,
  type TestDatabase,
} from './support/cluster-nodes.js';
import {
  arriveVisit,
  bearer,
  demoWorld,
  isReady,
  ledgerVerifies,
  splitBetweenTwo,
  startTwoNodes,
  unlockVisit,
  visitSettled,
} from './support/cluster-visits.js';
import { mosquittoAvailable, type PrivateMosquitto, startPrivateMosquitto } from './support/private-mosquitto.js';
import { type PrivatePostgres, privatePostgresAvailable, startPrivatePostgres } from './support/private-postgres.js';

// PostgreSQL restarted under two real nodes (docs/operations.md "Broker and database restarts"). The database is a
// private one the test makes with initdb and stops with `pg_ctl stop -m immediate` (a crash: no goodbye to clients,
// recovery at the next start), never the machine's own. Meanwhile the nodes stay up and answer 503 problems quickly;
// once it is back they are ready again, hold the device partitions again, fan bus events out again (LISTEN made anew)
// and run their durable jobs: a visit driven through one node shows live on the other and relocks on its timer.

const SKIP = 'needs initdb and pg_ctl (PostgreSQL 15 at /usr/local/bin) and /usr/sbin/mosquitto';
const available = mosquittoAvailable() && (await privatePostgresAvailable());
/** Generous bounds for a loaded machine; none is a speed assertion. */
const BACK_WITHIN_MS = 60_000;
/** A request during the outage must be answered within this, not hang. */
const ANSWER_WITHIN_MS = 20_000;

describe.skipIf(!available)(`PostgreSQL restarted under two nodes (${SKIP})`, () => {
  let server: PrivatePostgres | undefined;
  let broker: PrivateMosquitto | undefined;
  let db: TestDatabase | undefined;
  const nodes: ClusterNodeProcess[] = [];

  afterAll(async () => {
    for (const node of nodes) await stopNode(node);
    await db?.drop().catch(() => undefined);
    await broker?.stop();
    await server?.remove();
  }, 60_000);

  it('nodes answer 503 while it is down, then lease, fan out, run jobs and complete a visit again', async () => {
    server = await startPrivatePostgres();
    broker = await startPrivateMosquitto();
    db = await createTestDatabase(server.url);
    const [a, b] = await startTwoNodes(db, broker.url, nodes);
    const world = demoWorld(a);
    const customer = await bearer(b.base, DEMO_ACCOUNTS.customer);

    await server.stop('immediate');
    for (const node of nodes) {
      const ready = await fetch(`${node.base}/readyz`, { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
      expect(ready.status).toBe(503);
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${node.base}/v1/homes/${world.homeId}`, {
          headers: { authorization: customer },
          signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
        });
        expect(res.status).toBe(503);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.headers.get('retry-after')).toBe('5');
      }
    }
    // Down for longer than a lease lives (5 s): each node stops handling its devices before its leases run out.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(nodes.map((n) => n.child.exitCode)).toEqual([null, null]);
    await server.start();

    await eventually('both nodes ready again', BACK_WITHIN_MS, async () =>
      (await Promise.all(nodes.map(isReady))).every(Boolean) ? true : undefined,
    );
    await splitBetweenTwo(db, BACK_WITHIN_MS);
    // Committed through A, streamed by B: only A's NOTIFY and B's LISTEN, both made anew, bring it there.
    const stream = await openEventStream(`${b.base}/v1/homes/${world.homeId}/events`, customer);
    try {
      const visitId = await arriveVisit(a.base, world, 'database-restart-1');
      await eventually('B streams the arrival', BACK_WITHIN_MS, async () =>
        stream.events.some((e) => e.type === 'home.visit' && e.data.visitId === visitId) ? true : undefined,
      );
      expect(await unlockVisit(a.base, visitId)).toEqual({ status: 200, unlocked: true });
      // The relock is a durable job: it runs only if the job runners came back with the database.
      expect((await visitSettled(b.base, visitId, BACK_WITHIN_MS)).state).toBe('relocked');
    } finally {
      stream.close();
    }
    expect(await ledgerVerifies(a.base, world.homeId)).toMatchObject({ ok: true });
    expect(nodes.map((n) => n.child.exitCode)).toEqual([null, null]);
  }, 400_000);
});
