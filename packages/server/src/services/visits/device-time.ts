import { deviceKindOf, type EventEnvelope } from '@threshold/protocol';
import { skewOutOfBound } from '../../gateway/health.js';
import { publishHomeEvent } from '../../live/home-events.js';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import type { VisitRow } from '../../store/schema-visits.js';
import type { VisitDeps } from './deps.js';
import { recordFact } from './facts.js';

// Device time is evidence, not authority (DESIGN.md "Trust rules"; docs/protocol.md "Time"): a door or bolt event is
// ordered by the platform's receive time, and one whose device time is far from it is marked on the open visit at
// that door, so whoever reads the visit knows the device's clock and the platform disagreed.

function describe(skewMs: number): string {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  const amount = seconds >= 120 ? `${Math.round(seconds / 60)} minutes` : `${seconds} seconds`;
  return `${amount} ${skewMs > 0 ? 'ahead of' : 'behind'}`;
}

export async function markSkewedDoorEvent(
  deps: VisitDeps,
  deviceId: string,
  event: EventEnvelope<'bolt'> | EventEnvelope<'door'>,
  receivedAt: number,
  open: readonly VisitRow[],
): Promise<void> {
  const skewMs = event.ts - receivedAt;
  if (!skewOutOfBound(skewMs)) return;
  const kind = deviceKindOf(deviceId) ?? 'device';
  const what = event.type === 'door' ? `door ${event.data.door}` : `bolt ${event.data.bolt}`;
  const message =
    `The ${kind}'s "${what}" event was stamped ${describe(skewMs)} the platform's time of receipt; ` +
    'the visit uses the time it was received.';
  for (const visit of open) {
    const alert = { id: deps.ids.id('alert'), kind: 'device_time_skewed', message };
    const data = {
      alert: alert.kind,
      deviceId,
      event: event.type,
      seq: event.seq,
      deviceTs: event.ts,
      receivedAt,
      skewMs,
    };
    await recordFact(deps, { homeId: visit.home_id, subject: visit.id, kind: 'visit.alert', data }, (tx) =>
      insertAlert(tx, {
        ...alert,
        home_id: visit.home_id,
        visit_id: visit.id,
        at: isoAt(receivedAt),
        acknowledged_at: null,
      }),
    );
    publishHomeEvent(deps.bus, visit.home_id, {
      type: 'home.alert',
      alertId: alert.id,
      kind: alert.kind,
      message,
      visitId: visit.id,
    });
  }
}
