import { grantStaff } from '../../../server/src/services/staff.js';
import { aHome, customer } from '../../../server/test/support/app.js';
import { until } from '../../../server/test/support/raw-device.js';
import { bookDelivery, type WebPlatform } from './platform.js';

// Claims for browser tests (docs/claims.md): a visit to claim about, driven through the API and the emulated lock and
// camera; a support person made as the admin command makes one (the service, never HTTP).

const AT_DOOR = { lat: aHome.lat, lon: aHome.lon, accuracyMeters: 8 };
/** About 480 m north of the home. */
const FAR_AWAY = { lat: aHome.lat + 0.0043, lon: aHome.lon, accuracyMeters: 8 };

export interface Support {
  token: string;
  userId: string;
}

export async function supportPerson(p: WebPlatform, label: string): Promise<Support> {
  const account = await customer(p.app, label);
  const granted = await grantStaff({ db: p.store.db, clock: p.clock }, account.email, 'support');
  if (!granted.ok) throw new Error(granted.error.detail);
  return { token: account.token, userId: account.userId };
}

async function arriveAt(p: WebPlatform, ref: string, position: typeof AT_DOOR): Promise<string> {
  const deliveryId = await bookDelivery(p, ref);
  const arrived = await p.call(p.courier.token, {
    method: 'POST',
    url: `/v1/deliveries/${deliveryId}/arrive`,
    payload: { position },
  });
  if (arrived.statusCode >= 300) throw new Error(`arrival failed: ${arrived.body}`);
  return (arrived.json() as { visit: { id: string } }).visit.id;
}

const visitOf = async (p: WebPlatform, id: string) =>
  (await p.call(p.owner.token, { method: 'GET', url: `/v1/visits/${id}` })).json() as {
    state: string;
    clips: unknown[];
  };

/** A delivery made inside and completed, its clip stored: answers the visit id. */
export async function deliveredVisit(p: WebPlatform, ref: string): Promise<string> {
  const id = await arriveAt(p, ref, AT_DOOR);
  const step = (action: string) => p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${id}/${action}` });
  if ((await step('unlock')).statusCode !== 200) throw new Error('unlock refused');
  p.lock.openDoor();
  await until(async () => (await visitOf(p, id)).state === 'door_opened', 'door opened', 10_000);
  p.lock.closeDoor();
  await until(async () => (await visitOf(p, id)).state === 'relocked', 'relocked', 10_000);
  if ((await step('complete')).statusCode !== 200) throw new Error('completion refused');
  await until(async () => (await visitOf(p, id)).clips.length === 1, 'clip stored', 20_000);
  return id;
}

/** A claim about a visit the courier was denied at (nothing opened): enough evidence for a page to show. */
export async function claimOnDeniedVisit(p: WebPlatform, ref: string): Promise<string> {
  const visitId = await arriveAt(p, ref, FAR_AWAY);
  const opened = await p.call(p.owner.token, {
    method: 'POST',
    url: `/v1/visits/${visitId}/claims`,
    payload: { kind: 'other', description: 'The courier never came to the door.' },
  });
  if (opened.statusCode !== 201) throw new Error(`claim not opened: ${opened.body}`);
  return (opened.json() as { id: string }).id;
}
