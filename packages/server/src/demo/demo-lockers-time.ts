import type { LockerReservation } from '@threshold/core';
import { isoAt } from '../ports.js';
import type { ServiceDeps } from '../services/deps.js';
import { expireDueReservations } from '../services/lockers/operator.js';
import { withTransaction } from '../store/db.js';
import { appendLedger } from '../store/ledger-repo.js';
import { updateReservation } from '../store/lockers-repo.js';
import type { DemoWorld } from './demo-accounts.js';

// The demo's only bend of time (docs/lockers.md "Demo"): a parcel waits days for its pickup, which no demo can sit
// through, and the platform's clock is shared with every device (whose signed times it checks), so it cannot simply
// jump. Instead, in demo mode only, a parcel that the DEMO carrier left in a locker for the DEMO home under an
// external id starting `demo-expire-` has its pickup period ended at once: the reservation's expiry is moved to now
// with the same compare-and-set every step uses, the move is a fact in the home's ledger (`demo.expiry_advanced`),
// and the lockers' own expiry round runs — so what follows (the parcel marked for return, the customer and the
// carrier told) is the platform's real path. Nothing else is ever touched.

export const DEMO_EXPIRE_PREFIX = 'demo-expire-';
const TICK_MS = 500;

export interface LockerTimeMachine {
  stop(): Promise<void>;
}

async function advanceDue(deps: ServiceDeps, world: DemoWorld): Promise<void> {
  const rows = await deps.db
    .selectFrom('locker_reservations as r')
    .innerJoin('deliveries as d', 'd.id', 'r.delivery_id')
    .selectAll('r')
    .where('r.status', '=', 'stored')
    .where('d.home_id', '=', world.homeId)
    .where('d.organisation_id', '=', world.carrierId)
    .where('d.external_id', 'like', `${DEMO_EXPIRE_PREFIX}%`)
    .limit(10)
    .execute();
  if (rows.length === 0) return;
  const now = deps.clock.now();
  for (const row of rows) {
    const r = JSON.parse(row.data) as LockerReservation;
    if (r.expiresAtMs !== null && r.expiresAtMs <= now) continue;
    const data: LockerReservation = { ...r, expiresAtMs: now, firstExpiresAtMs: now };
    await withTransaction(deps.db, async (tx) => {
      const at = isoAt(now);
      const moved = await updateReservation(tx, row.id, row.version, {
        data: JSON.stringify(data),
        expires_at: at,
        updated_at: at,
      });
      if (!moved) return; // another step got there first; the next tick looks again
      await appendLedger(tx, {
        homeId: world.homeId,
        at,
        kind: 'demo.expiry_advanced',
        subject: row.id,
        data: { from: row.expires_at, to: at, reason: 'demo mode: a demo-expire- parcel' },
      });
    });
  }
  await expireDueReservations(deps);
}

/** Runs while the demo runs; a failed tick is logged to stderr and the next one tries again. */
export function startLockerTimeMachine(deps: ServiceDeps, world: DemoWorld): LockerTimeMachine {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => advanceDue(deps, world))
      .catch((error: unknown) => console.error('demo locker expiry failed', error));
  }, TICK_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
