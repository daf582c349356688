import { grantStaff } from '../../src/services/staff.js';
import { type Account, call, customer } from './app.js';
import type { Tenant, TenantVisit, World } from './world.js';

/** What `withClaims` adds to a tenant: a claim its owner opened on its visit, an alert of that visit, and support. */
export interface TenantClaims {
  claimId: string;
  alertId: string;
  /** Platform support (the same person for both tenants), with no claim assigned. */
  supportToken: string;
}

async function claimOf(w: World, t: Tenant & TenantVisit, support: Account): Promise<TenantClaims> {
  const alertId = `alert_claimworld${t.homeId.slice(-8)}`;
  await w.app.deps.store.db
    .insertInto('alerts')
    .values({
      id: alertId,
      home_id: t.homeId,
      visit_id: t.visitId,
      kind: 'door_left_open',
      message: 'The door was left open',
      at: new Date().toISOString(),
      acknowledged_at: null,
    })
    .execute();
  const res = await call(w.app, t.token, {
    method: 'POST',
    url: `/v1/visits/${t.visitId}/claims`,
    payload: { kind: 'door_left_open', description: 'The door stood open', alertIds: [alertId] },
  });
  if (res.statusCode !== 201) throw new Error(`claim failed: ${res.statusCode} ${res.body}`);
  return { claimId: (res.json() as { id: string }).id, alertId, supportToken: support.token };
}

/** Both tenants with a claim each, and a platform support person (after `withDeliveries`). */
export async function withClaims<T extends Tenant & TenantVisit>(w: World & { a: T; b: T }) {
  const support = await customer(w.app, 'support');
  const granted = await grantStaff(
    { db: w.app.deps.store.db, clock: { now: () => Date.now() } },
    support.email,
    'support',
  );
  if (!granted.ok) throw new Error('staff grant failed');
  return {
    ...w,
    a: { ...w.a, ...(await claimOf(w, w.a, support)) },
    b: { ...w.b, ...(await claimOf(w, w.b, support)) },
  };
}
