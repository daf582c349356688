import type { HomeFence, ReportedPosition } from './geofence.js';
import type { GrantSchedule } from './grant-schedule.js';
import type { DeliveryWindow } from './schedule.js';

// Everything the access checks look at, as plain data a service fills from the store (docs/visits.md "Checks").

export type PetsStatus = 'none' | 'contained' | 'loose';

export interface CheckHome extends HomeFence {
  readonly id: string;
  /** IANA zone of the home: days off and weekly windows are judged in it. */
  readonly zone: string;
}

export interface CheckAccessPoint {
  readonly id: string;
  /** e.g. 'front_door', 'garage'. */
  readonly kind: string;
  readonly name: string;
  /** Garage: whether the customer wants the camera to record in-garage visits (absent: yes). */
  readonly cameraRequired?: boolean;
}

export interface CheckPreferences {
  /** Access point ids the customer opened to in-home delivery or service. */
  readonly inHomeAccessPointIds: readonly string[];
  /** Local dates ('YYYY-MM-DD', home zone) with no in-home access at all. */
  readonly daysOff: readonly string[];
  readonly pets: PetsStatus;
}

/** The person asking to enter, as the session authenticated them (null when not authenticated). */
export interface CheckPerson {
  readonly personId: string | null;
}

/** What the visit is for: a delivery booked in a window, or a service call under a grant's schedule. */
export type CheckPurpose =
  | {
      readonly kind: 'delivery';
      readonly deliveryId: string;
      readonly assignedPersonId: string | null;
      readonly window: DeliveryWindow;
    }
  | {
      readonly kind: 'service';
      readonly grantId: string;
      readonly workerIds: readonly string[];
      /** The grant's schedule (docs/grants.md "Schedules"). */
      readonly schedule: GrantSchedule;
    };

export interface DeviceHealth {
  readonly deviceId: string;
  /** The access point the device is paired to (null when unpaired). */
  readonly accessPointId: string | null;
  readonly online: boolean;
  /** 0–100. */
  readonly battery: number;
  /** Device clock minus platform clock at the last event (docs/protocol.md §3). */
  readonly clockSkewMs: number;
}

export interface LockHealth extends DeviceHealth {
  readonly jammed: boolean;
}

/** A garage-door opener (docs/protocol-garage.md): its door position and obstruction sensor. */
export interface OpenerHealth extends DeviceHealth {
  readonly position: 'closed' | 'opening' | 'open' | 'closing' | 'stopped';
  readonly obstructed: boolean;
}

export interface CameraHealth extends DeviceHealth {
  /** Access points whose door the camera's field of view covers. */
  readonly coversAccessPointIds: readonly string[];
}

export interface CheckPolicy {
  readonly batteryFloorPercent: number;
  readonly maxClockSkewMs: number;
  readonly maxAccuracyCreditMeters: number;
}

export const DEFAULT_CHECK_POLICY: CheckPolicy = {
  batteryFloorPercent: 15,
  // The lock tolerates 60 s of skew on a capability (docs/protocol.md §7); half of it leaves margin.
  maxClockSkewMs: 30_000,
  maxAccuracyCreditMeters: 50,
};

export interface CheckInput {
  /** The visit being decided; it never counts as "another open visit". */
  readonly visitId: string;
  readonly person: CheckPerson;
  readonly purpose: CheckPurpose;
  readonly home: CheckHome;
  readonly accessPoint: CheckAccessPoint;
  readonly preferences: CheckPreferences;
  /** The phone's last position, or null when it shared none. */
  readonly position: ReportedPosition | null;
  /** Served-area and membership decision made by the service (it owns the area and plan tables). */
  readonly servedArea: { readonly served: boolean; readonly reason: string | null };
  readonly lock: LockHealth | null;
  readonly camera: CameraHealth | null;
  /** The garage-door opener of a garage access point (absent or null elsewhere). */
  readonly opener?: OpenerHealth | null;
  /** The connected vehicle of a car-boot access point (absent or null elsewhere; car-visit-checks.ts). */
  readonly vehicle?: DeviceHealth | null;
  /** Visits not yet closed at this home (any access point); the check filters them. */
  readonly openVisits: readonly { readonly visitId: string; readonly accessPointId: string }[];
  readonly policy?: CheckPolicy;
}
