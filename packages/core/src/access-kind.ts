import type { Check } from './check.js';
import type { CheckInput, CheckPolicy } from './check-input.js';
import type { Effect, VisitEvent } from './visit-events.js';
import type { Handled } from './visit-step.js';
import type { AccessKind, Visit } from './visit-types.js';

// The access-point kind seam (docs/access-points.md): each way into a home — a door with a lock and a camera, a
// garage with an opener, … — is one pure module with its own machine, its own device check and its own endings.
// visit-machine.ts only refuses what no kind accepts (a terminal visit, a stale timer) and hands the rest over.

export interface AccessKindModule {
  readonly kind: AccessKind;
  /** One event for a visit of this kind, already past the common refusals. */
  handle(visit: Visit, event: VisitEvent, nowMs: number): Handled;
  /** Added to the effects of every transition that ends the visit (`before`: the visit as it was). */
  endings(before: Visit, nowMs: number): Effect[];
  /** The `devices_ready` check at arrival: this kind's devices, paired, online, healthy, in time. */
  devicesReady(input: CheckInput, policy: CheckPolicy): Check;
  /** At booking time: why this kind's devices cannot serve the access point (empty: they can). */
  pairingProblems(input: Pick<CheckInput, 'accessPoint' | 'lock' | 'camera' | 'opener' | 'vehicle'>): string[];
}

/** The kind of machine an access point's kind runs (access_points.kind): garages have an opener, the rest a lock. */
export function accessKindOf(accessPointKind: string): AccessKind {
  if (accessPointKind === 'car_boot') return 'car';
  // A building's entrances (docs/buildings.md): the entrance controller is a lock-like device.
  if (accessPointKind === 'lobby' || accessPointKind === 'package_room') return accessPointKind;
  return accessPointKind === 'garage' ? 'garage' : 'door';
}

/** The machine a stored visit runs on (visits from before kinds existed are door visits). */
export function visitAccess(visit: Pick<Visit, 'access'>): AccessKind {
  return visit.access ?? 'door';
}
