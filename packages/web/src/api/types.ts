// Wire shapes of the public API, from the typed SDK (@threshold/sdk, generated from the routes: docs/sdk.md), so
// they cannot drift from what the platform answers. Only the names the app uses are given here.

import type { RequestBodyOf, User } from '@threshold/sdk';

export type {
  AccessPoint,
  Alert,
  Delivery,
  Device,
  Home,
  Me,
  Position,
  Preferences,
  Stop,
  User,
  Visit,
} from '@threshold/sdk';

import type {
  AccessPoint,
  Arrival as ArrivalAnswer,
  Device,
  Preferences,
  UnlockOutcome as UnlockAnswer,
  Visit,
  VisitDetail as VisitDetailAnswer,
} from '@threshold/sdk';

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
export type Clip = VisitDetailAnswer['clips'][number];

// Two members the route schemas leave open (`data: unknown`, `fallback: object`), read here as what the platform
// writes into them. The routes should say so themselves; until then these are the only hand-kept shapes.

/** A ledger entry of the visit: `data` is the entry's JSON object. */
export type TimelineEntry = Omit<VisitDetailAnswer['timeline'][number], 'data'> & { data: Record<string, unknown> };
export type VisitDetail = Omit<VisitDetailAnswer, 'timeline'> & { timeline: TimelineEntry[] };

/** What to do when the door will not open (core `decideFallback`). */
export type FallbackDecision =
  | { kind: 'fallback'; method: FallbackPreference; photoRequired: boolean; reason: string }
  | { kind: 'retry'; reason: string }
  | null;
export type Arrival = Omit<ArrivalAnswer, 'fallback'> & { fallback: FallbackDecision };
export type UnlockOutcome = Omit<UnlockAnswer, 'fallback'> & { fallback: FallbackDecision };

export type AbortReason = RequestBodyOf<'/v1/visits/{visitId}/abort', 'post'>['reason'];
/** Why a visit was aborted: the courier's reasons, or the platform closing a visit nobody finished. */
export type AbortedBecause = AbortReason | 'timed_out';
