// Wire shapes of the public API, from the typed SDK (@threshold/sdk, generated from the routes: docs/sdk.md), so
// they cannot drift from what the platform answers. Only the names the app uses are given here.

import type { RequestBodyOf, User } from '@threshold/sdk';

export type {
  AccessPoint,
  Alert,
  Arrival,
  Delivery,
  Device,
  Home,
  Me,
  Position,
  Preferences,
  Stop,
  UnlockOutcome,
  User,
  Visit,
  VisitDetail,
} from '@threshold/sdk';

import type { AccessPoint, Arrival, Device, Preferences, Visit, VisitDetail } from '@threshold/sdk';

export type UserKind = User['kind'];
export type AccessPointKind = AccessPoint['kind'];
export type DeviceHealth = Device['health'];
export type PetsStatus = Preferences['pets']['status'];
export type FallbackPreference = Preferences['fallback'];

export interface Items<T> {
  items: T[];
}

export interface Page<T> extends Items<T> {
  nextCursor: string | null;
}

export type Check = Visit['checks'][number];
export type Clip = VisitDetail['clips'][number];

export type TimelineEntry = VisitDetail['timeline'][number];
/** What to do when the door will not open (core `decideFallback`); null when it opens. */
export type FallbackDecision = Arrival['fallback'];

export type AbortReason = RequestBodyOf<'/v1/visits/{visitId}/abort', 'post'>['reason'];
/** Why a visit was aborted: the courier's reasons, or the platform closing a visit nobody finished. */
export type AbortedBecause = AbortReason | 'timed_out';
