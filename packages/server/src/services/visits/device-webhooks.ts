import type { Db } from '../../store/db.js';
import { enqueueWebhookEvent, type OutboxDeps } from '../../webhooks/events.js';

// device.offline / device.online (docs/webhooks.md "Events"): told to every organisation enrolled with the device's
// home, since whether its couriers can get in depends on it; nothing else about the home is said.

export async function enqueueDeviceWebhooks(
  tx: Db,
  deps: OutboxDeps,
  device: { id: string; homeId: string; kind: string },
  online: boolean,
): Promise<void> {
  const enrolled = await tx
    .selectFrom('home_enrolments')
    .select('organisation_id')
    .where('home_id', '=', device.homeId)
    .execute();
  const at = new Date(deps.clock.now()).toISOString();
  for (const { organisation_id } of enrolled) {
    await enqueueWebhookEvent(tx, deps, {
      organisationId: organisation_id,
      type: online ? 'device.online' : 'device.offline',
      data: { deviceId: device.id, kind: device.kind, homeId: device.homeId, online, at },
      orderKey: device.id,
    });
  }
}
