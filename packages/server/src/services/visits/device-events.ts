import { type AccessKind, BOLT_OPEN_STATES, GARAGE_OPEN_STATES, type VisitState, visitAccess } from '@threshold/core';
import { type AnyEvent, deviceKindOf } from '@threshold/protocol';
import type { Bus } from '../../bus.js';
import type { Accepted } from '../../gateway/ingest.js';
import { afterCommit, type Db } from '../../store/db.js';
import { findVisitRow } from '../../store/visits-repo.js';
import { capabilityGrant } from './capability.js';
import { storeClip } from './clip-event.js';
import type { VisitDeps } from './deps.js';
import { recordFact } from './facts.js';
import { onLockEvent } from './kinds/door-events.js';
import { type DeviceFeed, feed } from './kinds/feed.js';
import { KIND_FEEDS } from './kinds/feeds.js';
import { applyVisitEvent, parseVisit } from './runner.js';
import { handOffConfirmed } from './waits.js';

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
  // `started` confirms in the accept (onRecordingStarted), or where that is off by the unlock request hearing it.
  if (event.data.recording !== 'stopped') return;
  if (RECORDING_EXPECTED.includes(visit.state as VisitState)) {
    return feed(deps, visit, { type: 'recording_failed', detail: 'The camera stopped recording' });
  }
  await recordFact(deps, { homeId: visit.home_id, subject: visit.id, kind: 'recording.stopped', data: { deviceId } });
}

/** The kinds whose unlock request waits for the camera and then sends the lock its unlock (unlock.ts). */
const CONFIRMED_IN_ACCEPT: readonly AccessKind[] = ['door', 'lobby', 'package_room'];

/**
 * The camera's `recording: started` for a visit awaiting it (`verified`, its session, the camera of its access point)
 * confirms the recording: the capability is issued and the unlock sent after the commit (core decides whether the
 * visit may take it). Anything else (a replay the store refused never gets here; a stale or late copy, a visit that
 * ended or moved on, another access point's camera) changes nothing.
 */
async function onRecordingStarted(deps: VisitDeps, deviceId: string, event: AnyEvent): Promise<void> {
  if (event.type !== 'recording' || event.data.recording !== 'started') return;
  // The session's visit, open and awaiting the camera, at the access point this camera is paired to: one read.
  const row = await deps.db
    .selectFrom('visits as v')
    .innerJoin('devices as d', 'd.access_point_id', 'v.access_point_id')
    .selectAll('v')
    .where('v.id', '=', event.data.session)
    .where('v.open', '=', 1)
    .where('v.state', '=', 'verified')
    .where('d.id', '=', deviceId)
    .executeTakeFirst();
  if (!row || !CONFIRMED_IN_ACCEPT.includes(visitAccess(parseVisit(row)))) return; // a garage's request confirms it
  const confirmed = { type: 'recording_confirmed' as const, capability: capabilityGrant(deps) };
  const applied = await applyVisitEvent(deps, row.id, confirmed, row);
  if (!applied.ok) {
    deps.log.info({ visitId: row.id, reason: applied.error.detail }, 'recording confirmation not applied');
    return;
  }
  const { commands } = applied.value;
  afterCommit(deps.db, () => handOffConfirmed(row.id, commands));
}

/**
 * A lock's bolt and door events, and a camera's `recording: started`, move their visit in the transaction that
 * accepts them (gateway/accept-batch.ts): the message and the transition it causes are one durable commit, and a
 * message whose transition cannot be written is not accepted (docs/decisions.md "A device message and its
 * transition").
 */
const movesInAccept = ({ deviceId, event }: Pick<Accepted, 'deviceId' | 'event'>) => {
  const kind = deviceKindOf(deviceId);
  if (kind === 'lock') return event.type === 'bolt' || event.type === 'door';
  return kind === 'camera' && event.type === 'recording' && event.data.recording === 'started';
};

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
    if (event.type === 'recording') return onRecordingStarted(inTransaction(deps, tx), deviceId, event);
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
