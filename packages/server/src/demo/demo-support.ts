import { createAccount } from '../services/accounts.js';
import type { ServiceDeps } from '../services/deps.js';
import { grantStaff } from '../services/staff.js';
import { DEMO_ACCOUNTS, type DemoWorld } from './demo-accounts.js';

// The demo's platform support person (docs/claims.md): made through the same service as `npm run admin -- staff grant
// --email … --role support`, never through HTTP. They see the claims queue and the video of a claim they take.

/** Adds the support person to a demo world that has none yet (older data folders too). */
export async function seedDemoSupport(deps: ServiceDeps, world: DemoWorld): Promise<DemoWorld> {
  if (world.supportId) return world;
  const account = await createAccount(deps, { ...DEMO_ACCOUNTS.support, kind: 'staff' });
  if (!account.ok) throw new Error('could not create the demo support account');
  const granted = await grantStaff(deps, DEMO_ACCOUNTS.support.email, 'support');
  if (!granted.ok) throw new Error(`could not make the demo support account staff: ${granted.error.detail}`);
  return { ...world, supportId: account.value.id };
}
