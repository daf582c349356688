// Parcel lockers (docs/lockers.md): one reservation of one compartment for one delivery, as a pure machine. The
// rules this module exists for:
//
// - a compartment opens only for its own reservation: the courier's drop, the customer's pickup (after the code was
//   matched against this reservation alone), or the carrier's return collection; never for anything else;
// - a drop is stored only once the bank reported the door open and then closed, and the courier confirmed it;
// - the pickup code works once: a matched code moves the reservation on, so the same code finds nothing to open;
// - wrong codes are counted on the reservation and lock it out at `PICKUP_MAX_ATTEMPTS`, with an alert;
// - a door that opens when nothing was opened, or that jams, is an alert to the operator, never silence.
//
// The store applies a step with one conditional UPDATE on the reservation's version, so two steps never both apply.

export const COMPARTMENT_SIZES = ['S', 'M', 'L', 'XL'] as const;
export type CompartmentSize = (typeof COMPARTMENT_SIZES)[number];

/** The sizes that take a parcel of `size`, smallest first: a small parcel may use a larger compartment. */
export function fittingSizes(size: CompartmentSize): CompartmentSize[] {
  return COMPARTMENT_SIZES.slice(COMPARTMENT_SIZES.indexOf(size));
}

export const RESERVATION_STATUSES = [
  'reserved', // a compartment is held for the delivery
  'dropping', // opened for the courier
  'stored', // the parcel is in, the door closed, the customer has a code
  'collecting', // opened for the customer with the code
  'collected', // the customer took it and the door closed: the compartment is free
  'expired', // not collected in time: marked for return, the carrier is told
  'returning', // opened for the carrier's courier to take it back
  'returned', // taken back: the compartment is free
  'cancelled', // the booking was cancelled before the drop: the compartment is free
] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** Statuses that hold the compartment: at most one reservation per compartment is in one of these. */
export const HOLDING_STATUSES: readonly ReservationStatus[] = [
  'reserved',
  'dropping',
  'stored',
  'collecting',
  'expired',
  'returning',
];
export const holdsCompartment = (status: ReservationStatus): boolean => HOLDING_STATUSES.includes(status);

export type CompartmentDoor = 'open' | 'closed' | 'jammed';
export type OpenPurpose = 'drop' | 'pickup' | 'return';

export const PICKUP_MAX_ATTEMPTS = 5;
/** A compartment door open this long (after a drop, a pickup, or by itself) is an alert to the operator. */
export const DOOR_LEFT_OPEN_MS = 5 * 60_000;
export const DEFAULT_PICKUP_DAYS = 3;
/** A vacation hold extends the pickup by at most this many days past the original expiry. */
export const MAX_HOLD_DAYS = 14;
const DAY_MS = 86_400_000;

export interface LockerReservation {
  readonly status: ReservationStatus;
  /** The compartment door as the bank last reported it. */
  readonly door: CompartmentDoor;
  /** Whether the door was reported open since the current opening was commanded. */
  readonly openedSinceCommand: boolean;
  readonly pickupDays: number;
  readonly expiresAtMs: number | null;
  /** The original expiry before any hold, so holds are bounded. */
  readonly firstExpiresAtMs: number | null;
  /** Wrong codes entered so far; the lock-out comes at `PICKUP_MAX_ATTEMPTS`. */
  readonly codeAttempts: number;
  readonly lockedOut: boolean;
  /** When the door was last reported open (null while closed or stuck). */
  readonly doorOpenedAtMs?: number | null;
  /** Whether the operator was already told that the door stands open. */
  readonly leftOpenAlerted?: boolean;
}

export type LockerEvent =
  | { type: 'open'; purpose: OpenPurpose }
  | { type: 'door'; door: CompartmentDoor }
  | { type: 'drop_confirmed' }
  | { type: 'code'; matched: boolean }
  | { type: 'expire' }
  | { type: 'hold'; untilMs: number }
  | { type: 'cancel' }
  /** The round's look at a door reported open: too long, and the operator is told (once per opening). */
  | { type: 'door_check' }
  /** An operator admin, having checked with the customer, lets the compartment take codes again. */
  | { type: 'lift_lockout' };

export type LockerAlertKind =
  | 'compartment_opened_without_visit'
  | 'compartment_door_stuck'
  | 'pickup_locked_out'
  | 'compartment_left_open'
  /** The site's camera did not confirm it records, so a parcel's opening was refused (docs/lockers.md). */
  | 'site_camera_not_recording';

export type LockerEffect =
  | { type: 'open_compartment'; purpose: OpenPurpose }
  | { type: 'ledger'; kind: string; data: Record<string, unknown> }
  | { type: 'alert'; kind: LockerAlertKind; detail: string }
  | { type: 'notify_customer'; notice: 'locker_ready' | 'locker_expired' | 'locker_collected' | 'locker_hold' }
  | { type: 'tell_carrier'; event: 'delivery.delivered' | 'delivery.locker_expired' | 'delivery.locker_returned' }
  | { type: 'free_compartment' };

export type LockerStep =
  | { ok: true; reservation: LockerReservation; effects: LockerEffect[] }
  | { ok: false; reason: string };

const refuse = (reason: string): LockerStep => ({ ok: false, reason });
const fact = (kind: string, data: Record<string, unknown>): LockerEffect => ({ type: 'ledger', kind, data });

export function newReservation(pickupDays = DEFAULT_PICKUP_DAYS): LockerReservation {
  return {
    status: 'reserved',
    door: 'closed',
    openedSinceCommand: false,
    pickupDays,
    expiresAtMs: null,
    firstExpiresAtMs: null,
    codeAttempts: 0,
    lockedOut: false,
  };
}

/** Which opening each status admits, and the status it moves to. */
const OPENINGS: Partial<Record<ReservationStatus, { purpose: OpenPurpose; next: ReservationStatus }>> = {
  reserved: { purpose: 'drop', next: 'dropping' },
  dropping: { purpose: 'drop', next: 'dropping' }, // the courier may open again before confirming the drop
  expired: { purpose: 'return', next: 'returning' },
  returning: { purpose: 'return', next: 'returning' },
};

function onOpen(r: LockerReservation, purpose: OpenPurpose, nowMs: number): LockerStep {
  if (purpose === 'pickup') return refuse('a pickup opens only with the pickup code');
  const opening = OPENINGS[r.status];
  if (!opening || opening.purpose !== purpose) {
    return refuse(`the compartment cannot be opened for a ${purpose} while the reservation is ${r.status}`);
  }
  if (r.door === 'jammed') return refuse('the compartment door is reported stuck; the operator has been told');
  return {
    ok: true,
    reservation: { ...r, status: opening.next, openedSinceCommand: false },
    effects: [fact(`locker.${purpose}_opened`, { atMs: nowMs }), { type: 'open_compartment', purpose }],
  };
}

function onDoor(r: LockerReservation, door: CompartmentDoor, nowMs: number): LockerStep {
  if (door === r.door) return { ok: true, reservation: r, effects: [] };
  const moved: LockerReservation = {
    ...r,
    door,
    doorOpenedAtMs: door === 'open' ? nowMs : null,
    leftOpenAlerted: false,
  };
  if (door === 'jammed') {
    return {
      ok: true,
      reservation: moved,
      effects: [
        fact('locker.door_stuck', { atMs: nowMs, status: r.status }),
        { type: 'alert', kind: 'compartment_door_stuck', detail: 'The compartment door is reported stuck' },
      ],
    };
  }
  const opening = r.status === 'dropping' || r.status === 'collecting' || r.status === 'returning';
  if (door === 'open') {
    if (opening) {
      return {
        ok: true,
        reservation: { ...moved, openedSinceCommand: true },
        effects: [fact('locker.door_opened', { atMs: nowMs })],
      };
    }
    return {
      ok: true,
      reservation: moved,
      effects: [
        fact('locker.door_opened_unexpectedly', { atMs: nowMs, status: r.status }),
        {
          type: 'alert',
          kind: 'compartment_opened_without_visit',
          detail: `The compartment reported open with no opening under way (the reservation is ${r.status})`,
        },
      ],
    };
  }
  // closed
  const closedFact = fact('locker.door_closed', { atMs: nowMs });
  if (r.status === 'collecting' && r.openedSinceCommand) {
    return {
      ok: true,
      reservation: { ...moved, status: 'collected' },
      effects: [
        closedFact,
        fact('locker.collected', { atMs: nowMs }),
        { type: 'free_compartment' },
        { type: 'notify_customer', notice: 'locker_collected' },
      ],
    };
  }
  if (r.status === 'returning' && r.openedSinceCommand) {
    return {
      ok: true,
      reservation: { ...moved, status: 'returned' },
      effects: [
        closedFact,
        fact('locker.returned', { atMs: nowMs }),
        { type: 'free_compartment' },
        { type: 'tell_carrier', event: 'delivery.locker_returned' },
      ],
    };
  }
  return { ok: true, reservation: moved, effects: [closedFact] };
}

function onDropConfirmed(r: LockerReservation, nowMs: number): LockerStep {
  if (r.status !== 'dropping') return refuse('the compartment was not opened for this drop');
  if (!r.openedSinceCommand) return refuse('the locker has not reported the compartment door opened');
  if (r.door !== 'closed')
    return refuse('close the compartment door first: the drop counts once the locker reports it closed');
  const expiresAtMs = nowMs + r.pickupDays * DAY_MS;
  return {
    ok: true,
    reservation: { ...r, status: 'stored', openedSinceCommand: false, expiresAtMs, firstExpiresAtMs: expiresAtMs },
    effects: [
      fact('locker.dropped', { atMs: nowMs, expiresAtMs }),
      { type: 'notify_customer', notice: 'locker_ready' },
      { type: 'tell_carrier', event: 'delivery.delivered' },
    ],
  };
}

/** A code entered at the compartment, already compared (constant time) against this reservation's hash alone. */
function onCode(r: LockerReservation, matched: boolean, nowMs: number): LockerStep {
  // A pickup whose door has not moved yet (the open did not reach the bank) may be opened again with the same code.
  const unopened = r.status === 'collecting' && !r.openedSinceCommand && r.door === 'closed';
  if (r.status !== 'stored' && !unopened) return refuse('no parcel is waiting for a code in this compartment');
  if (r.lockedOut) return refuse('this compartment is locked out after too many wrong codes; ask the operator');
  if (r.status === 'stored' && r.expiresAtMs !== null && nowMs >= r.expiresAtMs) {
    return refuse('the pickup code has expired');
  }
  if (matched && unopened) {
    return {
      ok: true,
      reservation: r,
      effects: [fact('locker.pickup_reopened', { atMs: nowMs }), { type: 'open_compartment', purpose: 'pickup' }],
    };
  }
  if (matched) {
    return {
      ok: true,
      reservation: { ...r, status: 'collecting', openedSinceCommand: false },
      effects: [
        fact('locker.pickup_opened', { atMs: nowMs, wrongBefore: r.codeAttempts }),
        { type: 'open_compartment', purpose: 'pickup' },
      ],
    };
  }
  const attempts = r.codeAttempts + 1;
  const lockedOut = attempts >= PICKUP_MAX_ATTEMPTS;
  return {
    ok: true,
    reservation: { ...r, codeAttempts: attempts, lockedOut },
    effects: [
      fact('locker.code_refused', { atMs: nowMs, attempt: attempts }),
      ...(lockedOut
        ? [
            fact('locker.locked_out', { atMs: nowMs, attempts }),
            {
              type: 'alert' as const,
              kind: 'pickup_locked_out' as const,
              detail: `${attempts} wrong pickup codes: the compartment is locked out`,
            },
          ]
        : []),
    ],
  };
}

/**
 * Whether the customer may be issued a pickup code now (docs/lockers.md "Pickup codes"): the code is made on the
 * customer's request and shown once; a new one replaces the old, and never resets the wrong-code count.
 */
export function codeIssueRefusal(r: LockerReservation, nowMs: number): string | null {
  if (r.status !== 'stored') return 'no parcel is waiting in this compartment';
  if (r.lockedOut) return 'the compartment is locked out after too many wrong codes; ask the operator';
  if (r.expiresAtMs !== null && nowMs >= r.expiresAtMs) return 'the pickup period has ended';
  return null;
}

function onExpire(r: LockerReservation, nowMs: number): LockerStep {
  if (r.status !== 'stored') return refuse(`a reservation that is ${r.status} does not expire`);
  if (r.expiresAtMs === null || nowMs < r.expiresAtMs) return refuse('the pickup period has not ended');
  return {
    ok: true,
    reservation: { ...r, status: 'expired' },
    effects: [
      fact('locker.expired', { atMs: nowMs, expiresAtMs: r.expiresAtMs }),
      { type: 'notify_customer', notice: 'locker_expired' },
      { type: 'tell_carrier', event: 'delivery.locker_expired' },
    ],
  };
}

function onHold(r: LockerReservation, untilMs: number, nowMs: number): LockerStep {
  if (r.status !== 'stored' || r.expiresAtMs === null || r.firstExpiresAtMs === null) {
    return refuse('only a parcel waiting in a compartment can be held');
  }
  if (untilMs <= r.expiresAtMs) return refuse('a hold extends the pickup: choose a later day');
  const limit = r.firstExpiresAtMs + MAX_HOLD_DAYS * DAY_MS;
  if (untilMs > limit) return refuse(`a hold extends the pickup by at most ${MAX_HOLD_DAYS} days`);
  return {
    ok: true,
    reservation: { ...r, expiresAtMs: untilMs },
    effects: [
      fact('locker.held', { atMs: nowMs, untilMs, previousMs: r.expiresAtMs }),
      { type: 'notify_customer', notice: 'locker_hold' },
    ],
  };
}

function onCancel(r: LockerReservation, nowMs: number): LockerStep {
  if (r.status !== 'reserved') return refuse('only a reservation not yet opened can be cancelled');
  return {
    ok: true,
    reservation: { ...r, status: 'cancelled' },
    effects: [fact('locker.cancelled', { atMs: nowMs }), { type: 'free_compartment' }],
  };
}

function onDoorCheck(r: LockerReservation, nowMs: number): LockerStep {
  const openedAt = r.doorOpenedAtMs ?? null;
  if (r.door !== 'open' || openedAt === null) return refuse('the door is not open');
  if (r.leftOpenAlerted === true) return refuse('the operator was already told');
  if (nowMs - openedAt < DOOR_LEFT_OPEN_MS) return refuse('the door has not been open long');
  const minutes = Math.floor((nowMs - openedAt) / 60_000);
  return {
    ok: true,
    reservation: { ...r, leftOpenAlerted: true },
    effects: [
      fact('locker.door_left_open', { atMs: nowMs, openedAtMs: openedAt }),
      {
        type: 'alert',
        kind: 'compartment_left_open',
        detail: `The compartment door has been open for ${minutes} minutes`,
      },
    ],
  };
}

function onLiftLockout(r: LockerReservation, nowMs: number): LockerStep {
  if (!r.lockedOut) return refuse('the compartment is not locked out');
  return {
    ok: true,
    reservation: { ...r, lockedOut: false, codeAttempts: 0 },
    effects: [fact('locker.lockout_lifted', { atMs: nowMs, wrongCodes: r.codeAttempts })],
  };
}

/** The next reservation and its effects, or the reason the event does not apply. */
export function lockerStep(r: LockerReservation, event: LockerEvent, nowMs: number): LockerStep {
  switch (event.type) {
    case 'open':
      return onOpen(r, event.purpose, nowMs);
    case 'door':
      return onDoor(r, event.door, nowMs);
    case 'drop_confirmed':
      return onDropConfirmed(r, nowMs);
    case 'code':
      return onCode(r, event.matched, nowMs);
    case 'expire':
      return onExpire(r, nowMs);
    case 'hold':
      return onHold(r, event.untilMs, nowMs);
    case 'cancel':
      return onCancel(r, nowMs);
    case 'door_check':
      return onDoorCheck(r, nowMs);
    case 'lift_lockout':
      return onLiftLockout(r, nowMs);
  }
}
