import { type OpenerHandle, provision, startDevice } from '@threshold/devices';
import type { Platform } from './platform.js';
import { until } from './raw-device.js';

// A garage for the test home (docs/access-points.md "Garage"): the access point, an emulated opener paired to it,
// and the customer's preferences opening it to deliveries without a camera inside.

export async function addGarage(
  p: Pick<Platform, 'call' | 'owner' | 'gateway' | 'store' | 'clock'>,
  o: { travelMs: number; platformUrl: string },
): Promise<{ garageId: string; opener: OpenerHandle }> {
  const made = await p.call(p.owner.token, {
    method: 'POST',
    url: `/v1/homes/${p.owner.homeId}/access-points`,
    payload: { kind: 'garage', name: 'Garage' },
  });
  if (made.statusCode !== 201) throw new Error(`garage: ${made.body}`);
  const garageId = (made.json() as { id: string }).id;
  const identity = provision('opener');
  const opener = await startDevice(identity, {
    mqttUrl: `mqtt://127.0.0.1:${p.gateway.brokerPort}`,
    platformUrl: o.platformUrl,
    now: p.clock.now,
    opener: { travelMs: o.travelMs },
  });
  await until(
    async () =>
      (await p.store.db.selectFrom('devices').select('id').where('id', '=', identity.id).executeTakeFirst()) !==
      undefined,
    'opener registered',
  );
  const paired = await p.call(p.owner.token, {
    method: 'POST',
    url: '/v1/devices/pair',
    payload: { claimCode: identity.claimCode, accessPointId: garageId },
  });
  if (paired.statusCode !== 201) throw new Error(`pairing the opener: ${paired.body}`);
  const prefs = await p.call(p.owner.token, {
    method: 'PUT',
    url: `/v1/homes/${p.owner.homeId}/preferences`,
    payload: {
      inHomeAccessPointIds: [p.owner.accessPointId, garageId],
      unrecordedAccessPointIds: [garageId],
      pets: { status: 'none', note: '' },
      daysOff: [],
      fallback: 'doorstep',
      instructions: '',
    },
  });
  if (prefs.statusCode !== 200) throw new Error(`preferences: ${prefs.body}`);
  await until(() => opener.connected() && opener.state().paired, 'opener paired');
  return { garageId, opener };
}
