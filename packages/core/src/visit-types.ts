import type { Check } from './check.js';

// The visit state machine's data (docs/visits.md). Each state carries exactly the facts that exist in it, so a visit
// in `unlocked` without a confirmed recording cannot be written down.

export type TimerKind =
  | 'relock_due'
  | 'overdue'
  | 'door_open_too_long'
  | 'heartbeat_gap'
  | 'recording_confirm_timeout'
  | 'arrival_timeout'
  /**
   * Door: the unlock went out and the lock has not reported the bolt drawn by the time no lock can accept the
   * capability any more (its expiry plus the lock's skew): the visit fails instead of resting in `recording`.
   */
  | 'unlock_confirm_timeout'
  /** Garage: the opener has not reported open (or closed) in time after the command (kinds/garage.ts). */
  | 'open_confirm_timeout'
  | 'close_confirm_timeout';

export type AlertKind =
  | 'door_left_open'
  | 'visit_overdue'
  | 'camera_gap'
  | 'lock_jammed'
  | 'camera_failed'
  | 'door_opened_without_visit'
  /** A garage door that reported open (wall button, remote, forced) while no garage visit had it open. */
  | 'garage_opened_without_visit'
  /** A garage that did not report closed after a visit, even after one retry. */
  | 'garage_left_open'
  /** A car boot that did not report closed and locked after a visit, even after the platform's lock. */
  | 'boot_left_unlocked';

/**
 * `timed_out` is the platform's: the courier arrived and then neither opened the door nor ended the visit.
 * `revoked` is the platform's too: the customer paused or revoked the grant the visit was made under.
 */
export type AbortReason = 'dog' | 'unsafe' | 'no_access' | 'other' | 'timed_out' | 'revoked';
export type FallbackMethod = 'doorstep' | 'locker' | 'reattempt';
export type FailureReason =
  | 'camera_failed'
  | 'unlock_refused'
  | 'lock_jammed'
  /** Garage: the opener never reported open; the door was closed again. */
  | 'garage_not_opened'
  /** Garage: the opener did not report closed after the close and its one retry. */
  | 'garage_not_closed'
  /** Car boot: the boot did not report closed and locked after the platform's lock (kinds/car.ts). */
  | 'boot_not_secured';

/**
 * How a visit gets in: its access point's kind decides the machine (access-kind.ts). A visit stored before kinds
 * existed has none and is a door visit.
 */
export type AccessKind = 'door' | 'garage' | 'car' | 'lobby' | 'package_room';

/** The parcel a building visit carries in (a package-room drop records it: kinds/entrance.ts). */
export interface VisitParcel {
  readonly deliveryId: string;
  readonly externalId: string;
}

export interface VisitExpectations {
  /** Longest time from unlock to relock. */
  readonly maxDurationMs: number;
  /** Longest time the door may stand open at once. */
  readonly maxDoorOpenMs: number;
  /** After the door closes (or after an unlock the courier does not use), when the platform relocks. */
  readonly relockAfterMs: number;
  /** Longest silence between camera heartbeats (docs/protocol.md §3.3: one a second). */
  readonly heartbeatGapMs: number;
  /** How long the camera may take to confirm recording. */
  readonly recordingConfirmMs: number;
  /** How long the camera keeps recording after the relock. */
  readonly postRollMs: number;
  /** How long an arrived (or denied) visit may wait for the courier's next step before it is closed. */
  readonly arrivalTimeoutMs: number;
  /** Garage: how long the opener may take to report open or closed after a command (absent on older visits). */
  readonly garageMoveMs?: number;
  /** Garage: how long the door may stand open in a visit before the platform closes it itself (absent on older). */
  readonly garageOpenMs?: number;
}

export const DEFAULT_EXPECTATIONS: VisitExpectations = {
  maxDurationMs: 5 * 60_000,
  maxDoorOpenMs: 90_000,
  relockAfterMs: 15_000,
  heartbeatGapMs: 5_000,
  recordingConfirmMs: 10_000,
  postRollMs: 10_000,
  arrivalTimeoutMs: 3 * 60_000,
  garageMoveMs: 30_000,
  garageOpenMs: 2 * 60_000,
};

/**
 * How long after a capability's `exp` a lock still accepts it (docs/protocol.md §7: skew 60 s). Past `exp` plus this,
 * no lock can draw its bolt on it, so a visit still waiting for the bolt can be ended.
 */
export const LOCK_CAPABILITY_SKEW_MS = 60_000;

/** When a visit stops waiting for the lock to draw its bolt on `cap`. */
export const unlockConfirmDeadline = (cap: CapabilityGrant): number => cap.expiresAtMs + LOCK_CAPABILITY_SKEW_MS;

export interface VisitMarks {
  /** A heartbeat gap or camera failure happened while the door was unlocked: the footage does not cover it all. */
  readonly unverified: boolean;
  /** Alerts raised during the visit, in order. */
  readonly alerts: readonly AlertKind[];
}

interface VisitBase {
  readonly id: string;
  readonly accessPointId: string;
  readonly personId: string;
  readonly expectations: VisitExpectations;
  readonly marks: VisitMarks;
  /** Armed timers and when they are due; a timer event for a kind not armed here is stale and refused. */
  readonly timers: Readonly<Partial<Record<TimerKind, number>>>;
  /** The capability issued last for this visit, if any (visit-capability.ts: at most one is live). */
  readonly capability?: VisitCapability | undefined;
  /**
   * A service visit under a grant: once relocked, the worker may ask to open again (the walker takes the dog out and
   * brings it back), each passage recorded like the first. Deliveries have one passage.
   */
  readonly reentry?: boolean | undefined;
  /** The machine this visit runs on (access-kind.ts); absent: `door`. */
  readonly access?: AccessKind | undefined;
  /**
   * Garage: the customer wants the camera to record in-garage visits (then as indoors: no opening before it).
   * Building entrance: false when the entrance has no camera; one with a camera always records first.
   */
  readonly cameraRequired?: boolean | undefined;
  /** Building entrances: the delivery's parcel, recorded when a package-room drop completes. */
  readonly parcel?: VisitParcel | undefined;
}

/** What the service brings to issue a capability: its nonce and validity (core draws no randomness, reads no clock). */
export interface CapabilityGrant {
  readonly jti: string;
  readonly issuedAtMs: number;
  readonly expiresAtMs: number;
}

export type CapabilityChannel = 'mqtt' | 'phone';

export interface VisitCapability extends CapabilityGrant {
  /** `mqtt`: sent in the platform's unlock command; `phone`: handed to the courier for a lock offline. */
  readonly channel: CapabilityChannel;
  /** Proven never to have reached the lock (the unlock command was never sent): it may be replaced. */
  readonly unused: boolean;
}

/** Facts of a visit whose checks all passed. */
interface Arrival {
  readonly arrivedAtMs: number;
  readonly checks: readonly Check[];
}

/**
 * Facts once the camera confirmed recording; everything after this point has them. Null only at a building entrance
 * with no camera (kinds/entrance.ts), which opens without a recording.
 */
interface Recorded extends Arrival {
  readonly unlockRequestedAtMs: number;
  readonly recordingConfirmedAtMs: number | null;
}

interface Unlocked extends Recorded {
  readonly unlockedAtMs: number;
  /** The platform sent a lock command and waits for the lock to confirm. */
  readonly relockCommanded: boolean;
}

export type ScheduledVisit = VisitBase & { readonly state: 'scheduled' };
export type ArrivedVisit = VisitBase & Arrival & { readonly state: 'arrived' };
export type VerifiedVisit = VisitBase & Arrival & { readonly state: 'verified'; readonly unlockRequestedAtMs: number };
export type RecordingVisit = VisitBase & Recorded & { readonly state: 'recording' };
export type UnlockedVisit = VisitBase & Unlocked & { readonly state: 'unlocked' };
export type DoorOpenedVisit = VisitBase & Unlocked & { readonly state: 'door_opened'; readonly doorOpenedAtMs: number };
export type DoorClosedVisit = VisitBase & Unlocked & { readonly state: 'door_closed'; readonly doorClosedAtMs: number };
export type RelockedVisit = VisitBase & Unlocked & { readonly state: 'relocked'; readonly relockedAtMs: number };
export type CompletedVisit = VisitBase &
  Unlocked & { readonly state: 'completed'; readonly relockedAtMs: number; readonly completedAtMs: number };
export type DeniedVisit = VisitBase & Arrival & { readonly state: 'denied'; readonly deniedAtMs: number };
export type FallbackVisit = VisitBase & {
  readonly state: 'fallback';
  readonly method: FallbackMethod;
  readonly photo: string | null;
  readonly endedAtMs: number;
};
export type AbortedVisit = VisitBase & {
  readonly state: 'aborted';
  readonly reason: AbortReason;
  readonly note: string;
  readonly endedAtMs: number;
};
export type FailedVisit = VisitBase & {
  readonly state: 'failed';
  readonly reason: FailureReason;
  readonly detail: string;
  /** Whether the door may still be unlocked (a jam after the unlock): the alert says so. */
  readonly boltMayBeOpen: boolean;
  readonly endedAtMs: number;
};

/** Garage facts once the open command went out: the camera's confirmation when the customer asked for one. */
interface GarageRequested extends Arrival {
  readonly unlockRequestedAtMs: number;
  readonly recordingConfirmedAtMs: number | null;
}
/** The open command was sent; the opener has not yet reported open. */
export type GarageOpeningVisit = VisitBase & GarageRequested & { readonly state: 'garage_opening' };
/** The opener reported fully open: the courier puts the parcel in. */
export type GarageOpenVisit = VisitBase &
  GarageRequested & { readonly state: 'garage_open'; readonly openedAtMs: number };
/** A close command was sent (by the courier's "done", or by the platform); waiting for the opener's `closed`. */
export type GarageClosingVisit = VisitBase &
  GarageRequested & {
    readonly state: 'garage_closing';
    /** Null when the opener never reported open (the platform closes a door that did not open in time). */
    readonly openedAtMs: number | null;
    readonly closeRequestedAtMs: number;
    /** 1 for the first close, 2 for its one retry (docs/access-points.md "Garage"). */
    readonly closeAttempts: 1 | 2;
    readonly closedBy: 'courier' | 'platform';
  };
/** A garage visit ends `completed` only from the opener's closed confirmation (kinds/garage.ts). */
export type GarageCompletedVisit = VisitBase &
  GarageRequested & {
    readonly state: 'completed';
    readonly access: 'garage';
    readonly openedAtMs: number;
    readonly closedAtMs: number;
    readonly completedAtMs: number;
  };

/** Car boot facts once the unlock went out: the checks run again at that moment (kinds/car.ts). */
interface CarRequested extends Arrival {
  readonly unlockRequestedAtMs: number;
  readonly unlockChecks: readonly Check[];
}
interface CarUnlocked extends CarRequested {
  readonly unlockedAtMs: number;
  /** Whether the boot was ever opened in this visit. */
  readonly openedAtMs: number | null;
  /** The platform sent `lock` and waits for the car to report the boot locked. */
  readonly lockCommanded: boolean;
  /** The courier said "done" before the boot reported locked: the visit completes on that report. */
  readonly completeRequested: boolean;
}
/** The capability went to the car; its `boot: unlocked` report is awaited. */
export type CarUnlockingVisit = VisitBase & CarRequested & { readonly state: 'boot_unlocking' };
export type CarUnlockedVisit = VisitBase & CarUnlocked & { readonly state: 'boot_unlocked' };
export type CarBootOpenVisit = VisitBase & CarUnlocked & { readonly state: 'boot_open' };
/** Closed but not yet reported locked. */
export type CarBootClosedVisit = VisitBase & CarUnlocked & { readonly state: 'boot_closed' };
/** The car reported the boot closed and locked: only from here does a car visit complete. */
export type CarSecuredVisit = VisitBase &
  CarUnlocked & { readonly state: 'boot_secured'; readonly securedAtMs: number };
export type CarCompletedVisit = VisitBase &
  CarUnlocked & {
    readonly state: 'completed';
    readonly access: 'car';
    readonly securedAtMs: number;
    readonly completedAtMs: number;
  };

export type Visit =
  | ScheduledVisit
  | ArrivedVisit
  | VerifiedVisit
  | RecordingVisit
  | UnlockedVisit
  | DoorOpenedVisit
  | DoorClosedVisit
  | RelockedVisit
  | CompletedVisit
  | GarageOpeningVisit
  | GarageOpenVisit
  | GarageClosingVisit
  | GarageCompletedVisit
  | CarUnlockingVisit
  | CarUnlockedVisit
  | CarBootOpenVisit
  | CarBootClosedVisit
  | CarSecuredVisit
  | CarCompletedVisit
  | DeniedVisit
  | FallbackVisit
  | AbortedVisit
  | FailedVisit;

export type VisitState = Visit['state'];

export const TERMINAL_STATES: readonly VisitState[] = ['completed', 'fallback', 'aborted', 'failed'];

/** States in which the bolt may be drawn back by this visit. */
export const BOLT_OPEN_STATES: readonly VisitState[] = ['unlocked', 'door_opened', 'door_closed'];

/** States in which a car's boot may be unlocked or open for this visit. */
export const BOOT_OPEN_STATES: readonly VisitState[] = ['boot_unlocking', 'boot_unlocked', 'boot_open', 'boot_closed'];

/** States in which a garage door may be moving or open for this visit. */
export const GARAGE_OPEN_STATES: readonly VisitState[] = ['garage_opening', 'garage_open', 'garage_closing'];

export interface NewVisit {
  readonly id: string;
  readonly accessPointId: string;
  readonly personId: string;
  readonly expectations?: Partial<VisitExpectations>;
  /** Several passages in one visit (VisitBase.reentry). */
  readonly reentry?: boolean;
  /** The access point's machine (accessKindOf); absent: `door`. */
  readonly access?: AccessKind;
  /** Garage: record the visit (VisitBase.cameraRequired). */
  readonly cameraRequired?: boolean;
  /** Building entrances: the parcel going in (VisitBase.parcel). */
  readonly parcel?: VisitParcel;
}

/** A visit as booked: nothing has happened yet. */
export function scheduleVisit(init: NewVisit): ScheduledVisit {
  return {
    id: init.id,
    accessPointId: init.accessPointId,
    personId: init.personId,
    expectations: { ...DEFAULT_EXPECTATIONS, ...init.expectations },
    marks: { unverified: false, alerts: [] },
    timers: {},
    ...(init.reentry ? { reentry: true } : {}),
    ...(init.access && init.access !== 'door'
      ? { access: init.access, cameraRequired: init.cameraRequired ?? true }
      : {}),
    ...(init.parcel ? { parcel: init.parcel } : {}),
    state: 'scheduled',
  };
}
