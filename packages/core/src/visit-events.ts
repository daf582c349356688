import type { Check } from './check.js';
import type {
  AbortReason,
  AlertKind,
  CapabilityChannel,
  CapabilityGrant,
  FallbackMethod,
  TimerKind,
} from './visit-types.js';

// What can happen to a visit (events) and what the service must do about it (effects). docs/visits.md lists both.

export type VisitEvent =
  /** The courier is at the door; the service evaluated the checks (evaluateChecks) at this moment. */
  | { readonly type: 'arrive'; readonly checks: readonly Check[] }
  /**
   * The courier asks to open the door: the camera is told to record first. A building entrance with no camera
   * (kinds/entrance.ts) is opened at once, with the capability the service brings here.
   */
  | { readonly type: 'unlock_requested'; readonly capability?: CapabilityGrant }
  /** The camera's signed `recording: started` event; the unlock command's capability is issued with this grant. */
  | { readonly type: 'recording_confirmed'; readonly capability: CapabilityGrant }
  /** The courier's phone asks for a capability to hand to a lock that cannot reach the cloud. */
  | { readonly type: 'capability_requested'; readonly capability: CapabilityGrant }
  /** The capability `jti` provably never reached the lock (its unlock command was never sent). */
  | { readonly type: 'capability_unused'; readonly jti: string; readonly reason: string }
  /** The camera refused record.start or stopped recording on its own. */
  | { readonly type: 'recording_failed'; readonly detail: string }
  /** The lock's signed `bolt: unlocked` event. */
  | { readonly type: 'unlocked' }
  /** The lock rejected the unlock command or the capability (docs/protocol.md §7 reasons). */
  | { readonly type: 'unlock_refused'; readonly reason: string }
  | { readonly type: 'door_opened' }
  | { readonly type: 'door_closed' }
  /** The lock's signed `bolt: locked` event. */
  | { readonly type: 'relocked' }
  /** The lock's `bolt: jammed` event or `jammed` alarm. */
  | { readonly type: 'jammed' }
  | { readonly type: 'complete' }
  | { readonly type: 'fallback'; readonly method: FallbackMethod; readonly photo?: string }
  | { readonly type: 'abort'; readonly reason: AbortReason; readonly note: string }
  /** The grant of a service visit was paused or revoked: no further passage once the door is relocked. */
  | { readonly type: 'end_reentry' }
  /** A timer set by a `set_timer` effect came due. */
  | { readonly type: 'timer'; readonly kind: TimerKind }
  /** A camera heartbeat while recording. */
  | { readonly type: 'heartbeat' }
  /** The garage opener's signed `garage: open` (fully open). */
  | { readonly type: 'garage_opened' }
  /** The opener's signed `garage: closed`: the only confirmation that ends a garage visit (kinds/garage.ts). */
  | { readonly type: 'garage_closed' }
  /** The opener stopped or reversed while closing (obstruction sensor, or stopped short). */
  | { readonly type: 'garage_obstructed'; readonly detail: string }
  /** Car boot (kinds/car.ts): the courier's request with the checks run again, or the car's boot report. */
  | { readonly type: 'car'; readonly step: CarStep };

/** What happens at a car (docs/car-boot.md): one event type, so other kinds refuse it in one case. */
export type CarStep =
  /** The courier asks to open the boot; the service ran the car's checks again now (evaluateCarUnlockChecks). */
  | { readonly kind: 'unlock_requested'; readonly checks: readonly Check[]; readonly capability: CapabilityGrant }
  /** The car's signed `boot` event (or state): lid and lock as reported. */
  | { readonly kind: 'boot'; readonly boot: 'open' | 'closed'; readonly locked: boolean };

export type VisitEventType = VisitEvent['type'];

export type LedgerFactKind =
  /** A package-room drop: which parcel went into the building's package room (kinds/entrance.ts). */
  | 'package_room.parcel_stored'
  | 'visit.opened'
  | 'visit.check'
  | 'visit.denied'
  | 'unlock.requested'
  | 'recording.requested'
  | 'recording.confirmed'
  | 'capability.issued'
  | 'capability.unused'
  | 'capability.revoked'
  | 'lock.unlocked'
  | 'door.opened'
  | 'door.closed'
  | 'lock.relocked'
  | 'recording.stop_requested'
  /** The access point has no camera (a building entrance may go without): the passage was not recorded. */
  | 'recording.none'
  | 'visit.completed'
  | 'visit.fallback'
  | 'visit.aborted'
  | 'visit.failed'
  | 'visit.alert'
  | 'garage.open_requested'
  | 'garage.opened'
  | 'garage.close_requested'
  | 'garage.obstructed'
  | 'garage.closed'
  | 'boot.unlocked'
  | 'boot.opened'
  | 'boot.closed'
  | 'boot.lock_requested'
  | 'boot.secured';

export type DeviceCommand =
  | { readonly role: 'camera'; readonly command: 'record.start' }
  | { readonly role: 'camera'; readonly command: 'record.stop'; readonly postRollMs: number }
  /** Carries the capability issued by the `issue_capability` effect just before it. */
  | { readonly role: 'lock'; readonly command: 'unlock' }
  | { readonly role: 'lock'; readonly command: 'lock' }
  /** The visit is over: the lock refuses any capability of it from now on (docs/protocol.md §7). */
  | { readonly role: 'lock'; readonly command: 'visit.close' }
  /** Garage opener (docs/protocol-garage.md): move the door; it reports the position it reaches. */
  | { readonly role: 'opener'; readonly command: 'garage.open' }
  | { readonly role: 'opener'; readonly command: 'garage.close' }
  /** Connected vehicle (docs/protocol-vehicle.md): the boot's lock takes the lock's commands. */
  | { readonly role: 'vehicle'; readonly command: 'unlock' }
  | { readonly role: 'vehicle'; readonly command: 'lock' }
  | { readonly role: 'vehicle'; readonly command: 'visit.close' };

export type Effect =
  | ({ readonly type: 'command' } & DeviceCommand)
  /** Issue an unlock capability for this visit's lock (docs/protocol.md §7). */
  | ({
      readonly type: 'issue_capability';
      readonly action: 'unlock';
      readonly channel: CapabilityChannel;
    } & CapabilityGrant)
  /** Arm (or re-arm) a durable timer: at `atMs` the service feeds back `{ type: 'timer', kind }`. */
  | { readonly type: 'set_timer'; readonly kind: TimerKind; readonly atMs: number }
  | { readonly type: 'cancel_timer'; readonly kind: TimerKind }
  | { readonly type: 'alert'; readonly kind: AlertKind; readonly message: string }
  | { readonly type: 'ledger'; readonly kind: LedgerFactKind; readonly data: Readonly<Record<string, unknown>> }
  | { readonly type: 'notify_customer'; readonly message: string };

export type TransitionErrorCode =
  | 'terminal'
  | 'invalid_event'
  | 'timer_not_armed'
  | 'timer_not_due'
  /** Another capability of this visit is still live: a new one only once it expired or is proven unused. */
  | 'capability_live';

export interface TransitionError {
  readonly code: TransitionErrorCode;
  readonly state: string;
  readonly event: VisitEventType;
  readonly message: string;
}
