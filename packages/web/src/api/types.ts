// Wire shapes of the public API (GET /openapi.json). Only what the app reads is typed here.

export type UserKind = 'customer' | 'courier' | 'worker' | 'staff';

export interface User {
  id: string;
  email: string;
  name: string;
  kind: UserKind;
  createdAt: string;
}

export interface Me {
  user: User;
  organisations: Array<{ id: string; name: string; kind: string; role: string }>;
  /** The platform runs in demo mode: demo controls (a typed position) may be shown. */
  demo?: boolean;
}

export interface Home {
  id: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  postalCode: string;
  country: string;
  lat: number;
  lon: number;
  geofenceRadiusM: number;
  timeZone: string;
}

export type AccessPointKind = 'front_door' | 'back_door' | 'garage' | 'side_gate';

export interface AccessPoint {
  id: string;
  homeId: string;
  kind: AccessPointKind;
  name: string;
}

export interface DeviceHealth {
  battery: number | null;
  signal: number | null;
  bolt: 'locked' | 'unlocked' | 'jammed' | null;
  door: 'open' | 'closed' | null;
  jammed: boolean | null;
  doorAjar: boolean | null;
  tamper: boolean | null;
  recording: boolean | null;
  storageFreeMb: number | null;
  clockSkewMs: number | null;
}

export interface Device {
  id: string;
  kind: 'lock' | 'camera';
  homeId: string | null;
  accessPointId: string | null;
  firmware: string;
  online: boolean;
  lastSeenAt: string | null;
  claimedAt: string | null;
  health: DeviceHealth;
}

export type PetsStatus = 'none' | 'contained' | 'loose';
export type FallbackPreference = 'doorstep' | 'locker' | 'reattempt';

export interface Preferences {
  inHomeAccessPointIds: string[];
  pets: { status: PetsStatus; note: string };
  daysOff: string[];
  fallback: FallbackPreference;
  instructions: string;
}

export interface Items<T> {
  items: T[];
}

export interface Page<T> extends Items<T> {
  nextCursor: string | null;
}

export interface Check {
  name: string;
  passed: boolean;
  /** Plain words for the courier and the customer, e.g. "You are 480 m from the address". */
  reason: string | null;
  evidence: unknown;
}

export interface Visit {
  id: string;
  homeId: string;
  accessPointId: string;
  deliveryId: string | null;
  personId: string;
  state: string;
  checks: Check[];
  unverified: boolean;
  marks: string[];
  outcome: Record<string, unknown> | null;
  openedAt: string;
  closedAt: string | null;
  updatedAt: string;
}

export interface TimelineEntry {
  seq: number;
  at: string;
  kind: string;
  data: Record<string, unknown>;
}

export interface Clip {
  id: string;
  sha256: string;
  bytes: number;
  durationMs: number;
  startedAt: string;
  endedAt: string;
  url: string;
}

export interface Alert {
  id: string;
  homeId: string;
  visitId: string | null;
  kind: string;
  message: string;
  at: string;
}

export interface VisitDetail extends Visit {
  timeline: TimelineEntry[];
  clips: Clip[];
  alerts: Alert[];
  /** The doorstep photo of a parcel left outside, when there is one. */
  photoUrl: string | null;
  /** Who came: their first name and the carrier they delivered for. */
  who?: { firstName: string; carrier: string | null } | null;
}

/** What to do when the door will not open (core `decideFallback`). */
export type FallbackDecision =
  | { kind: 'fallback'; method: FallbackPreference; photoRequired: boolean; reason: string }
  | { kind: 'retry'; reason: string }
  | null;

export interface Arrival {
  visit: Visit;
  fallback: FallbackDecision;
}

export interface UnlockOutcome {
  visit: Visit;
  unlocked: boolean;
  lockUnreachable: boolean;
  fallback: FallbackDecision;
}

export interface Delivery {
  id: string;
  homeId: string;
  accessPointId: string | null;
  externalId: string;
  window: { start: string; end: string };
  method: 'in_home' | 'doorstep';
  reasons: string[];
  courierId: string | null;
  status: string;
}

export interface Stop {
  delivery: Delivery;
  address: { line1: string; line2: string | null; city: string; postalCode: string; country: string };
  location: { lat: number; lon: number };
  pets: { status: string; note: string };
  instructions: string;
  visitId: string | null;
}

export interface Position {
  lat: number;
  lon: number;
  accuracyMeters: number;
}

export type AbortReason = 'dog' | 'unsafe' | 'no_access' | 'other';
/** Why a visit was aborted: the courier's reasons, or the platform closing a visit nobody finished. */
export type AbortedBecause = AbortReason | 'timed_out';
