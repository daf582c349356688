import type { Principal } from '../policy.js';
import { createAccessPoint } from '../services/access-points.js';
import type { ServiceDeps } from '../services/deps.js';
import { loadPreferences, putPreferences } from '../services/preferences.js';
import type { DemoWorld } from './demo-accounts.js';

// The demo home's garage (docs/access-points.md "Garage"): an emulated opener, no camera inside, and the customer's
// yes to in-garage delivery without one, so `npm run demo -- delivery --method garage` works out of the box.

/** Adds the garage to a demo world that has none yet (older data folders too). */
export async function seedDemoGarage(deps: ServiceDeps, world: DemoWorld): Promise<DemoWorld> {
  if (world.garageId) return world;
  const garage = await createAccessPoint(deps, world.homeId, { kind: 'garage', name: 'Garage' });
  const owner: Principal = { kind: 'user', userId: world.customerId, userKind: 'customer', sessionId: 'demo-seeding' };
  const prefs = await loadPreferences(deps.db, world.homeId);
  const saved = await putPreferences(deps, owner, world.homeId, {
    ...prefs,
    inHomeAccessPointIds: [...prefs.inHomeAccessPointIds, garage.id],
    unrecordedAccessPointIds: [...(prefs.unrecordedAccessPointIds ?? []), garage.id],
  });
  if (!saved.ok) throw new Error(`could not open the demo garage to deliveries: ${saved.error.detail}`);
  return { ...world, garageId: garage.id };
}
