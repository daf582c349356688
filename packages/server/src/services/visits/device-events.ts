import { BOLT_OPEN_STATES, GARAGE_OPEN_STATES, type VisitState } from '@threshold/core';
import { type AnyEvent, deviceKindOf } from '@threshold/protocol';
import type { Bus } from '../../bus.js';
import type { Accepted } from '../../gateway/ingest.js';
import { afterCommit, type Db } from '../../store/db.js';
import { findVisitRow } from '../../store/visits-repo.js';
import { storeClip } from './clip-event.js';
import type { VisitDeps } from './deps.js';
import { recordFact } from './facts.js';
import { onLockEvent } from './kinds/door-events.js';
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

/**
 * A lock's bolt and door events move their visit in the transaction that accepts them (gateway/accept-batch.ts):
 * the message and the transition it causes are one durable commit, and a message whose transition cannot be written
 * is not accepted (docs/decisions.md "A device message and its transition").
 */
const movesInAccept = ({ deviceId, event }: Pick<Accepted, 'deviceId' | 'event'>) =>
  (event.type === 'bolt' || event.type === 'door') && deviceKindOf(deviceId) === 'lock';

/** The visit services inside a transaction: statements on it, and the bus told only once it committed. */
function inTransaction(deps: VisitDeps, tx: Db): VisitDeps {
  const emit: Bus['emit'] = (name, payload, onError) => afterCommit(tx, () => deps.bus.emit(name, payload, onError));
  const bus = new Proxy(deps.bus, {
    get: (target, prop) => {
      if (prop === 'emit') return emit;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { ...deps, db: tx, bus };
}

/** Subscribes to the bus; events of one device are handled one after another, in the order they arrived. */
export function startDeviceEventFeed(deps: VisitDeps): { stop(): Promise<void> } {
  const queues = new Map<string, Promise<void>>();
  const { gateway } = deps;
  const inAccept = gateway.withinAccept !== undefined;
  gateway.withinAccept?.(async (tx, accepted) => {
    if (!movesInAccept(accepted)) return;
    const { deviceId, event, receivedAt } = accepted;
    await onLockEvent(inTransaction(deps, tx), deviceId, event, receivedAt);
  });
  const off = deps.bus.on('device.event', ({ deviceId, event, receivedAt }) => {
    if (inAccept && movesInAccept({ deviceId, event })) return; // handled when it was accepted
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
      gateway.withinAccept?.(undefined);
      await Promise.allSettled([...queues.values()]);
    },
  };
}
