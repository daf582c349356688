import { BOLT_OPEN_STATES, GARAGE_OPEN_STATES, type VisitState } from '@threshold/core';
import { type AnyEvent, deviceKindOf } from '@threshold/protocol';
import { findVisitRow } from '../../store/visits-repo.js';
import { storeClip } from './clip-event.js';
import type { VisitDeps } from './deps.js';
import { recordFact } from './facts.js';
import { type DeviceFeed, feed } from './kinds/feed.js';
import { KIND_FEEDS } from './kinds/feeds.js';

// Verified device events → visit events (docs/visits.md "Events and rules"). A camera event names its visit through
// the recording session (the session is the visit id); every other device belongs to an access kind, whose feed
// finds the open visit at its access point (kinds/feeds.ts).

const RECORDING_EXPECTED: readonly VisitState[] = ['verified', 'recording', ...BOLT_OPEN_STATES, ...GARAGE_OPEN_STATES];

async function onCameraEvent(deps: VisitDeps, deviceId: string, event: AnyEvent): Promise<void> {
  if (event.type === 'clip') return storeClip(deps, deviceId, event.data, event);
  if (event.type !== 'heartbeat' && event.type !== 'recording') return;
  const visit = await findVisitRow(deps.db, event.data.session);
  if (visit?.open !== 1) return;
  if (event.type === 'heartbeat') return feed(deps, visit, { type: 'heartbeat' });
  if (event.data.recording !== 'stopped') return; // `started` is awaited by the unlock request itself
  if (RECORDING_EXPECTED.includes(visit.state as VisitState)) {
    return feed(deps, visit, { type: 'recording_failed', detail: 'The camera stopped recording' });
  }
  await recordFact(deps, { homeId: visit.home_id, subject: visit.id, kind: 'recording.stopped', data: { deviceId } });
}

/** Subscribes to the bus; events of one device are handled one after another, in the order they arrived. */
export function startDeviceEventFeed(deps: VisitDeps): { stop(): Promise<void> } {
  const queues = new Map<string, Promise<void>>();
  const off = deps.bus.on('device.event', ({ deviceId, event, receivedAt }) => {
    const kind = deviceKindOf(deviceId);
    const handle: DeviceFeed | undefined = kind === 'camera' ? onCameraEvent : kind ? KIND_FEEDS[kind] : undefined;
    if (!handle) return;
    const next = (queues.get(deviceId) ?? Promise.resolve())
      .then(() => handle(deps, deviceId, event, receivedAt))
      .catch((error: unknown) => deps.log.error({ deviceId, err: String(error) }, 'device event handling failed'));
    queues.set(deviceId, next);
  });
  return {
    async stop() {
      off();
      await Promise.allSettled([...queues.values()]);
    },
  };
}
