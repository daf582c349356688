import type { Principal } from '../policy.js';
import { createAccount } from '../services/accounts.js';
import type { ServiceDeps } from '../services/deps.js';
import { createGrant } from '../services/grants/manage.js';
import { createFieldAccount } from '../services/invitations.js';
import { createOrganisation } from '../services/organisations.js';
import { DEMO_ACCOUNTS, type DemoWorld } from './demo-accounts.js';

// The demo's cleaning company (docs/grants.md): a service provider with one worker, let in at the front door by a
// weekly grant whose window holds every moment, so `npm run demo -- service` and the worker's phone work whenever
// they are tried. Every day from 00:00 for 25 h: the long day of a clock change (25 h) is covered too, and windows
// may overlap (docs/grants.md "Overlaps").

export const DEMO_GRANT_SCHEDULE = {
  kind: 'recurring',
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU',
  startLocal: '00:00',
  durationMinutes: 25 * 60,
} as const;

/** Adds the cleaning company, its worker and the grant to a demo world that has none yet (older data folders too). */
export async function seedDemoService(deps: ServiceDeps, world: DemoWorld): Promise<DemoWorld> {
  if (world.grantId) return world;
  const office = await createAccount(deps, { ...DEMO_ACCOUNTS.cleaning, kind: 'staff' });
  if (!office.ok) throw new Error('could not create the demo cleaning company account');
  const company = await createOrganisation(deps, office.value.id, {
    name: 'Brightside Cleaning',
    kind: 'service_provider',
  });
  const worker = await createFieldAccount(
    deps,
    company.id,
    { ...DEMO_ACCOUNTS.worker, role: 'worker' },
    office.value.id,
  );
  if (!worker.ok || !worker.value.user_id) throw new Error('could not create the demo worker');
  const owner: Principal = { kind: 'user', userId: world.customerId, userKind: 'customer', sessionId: 'demo-seeding' };
  const firstDate = new Date(deps.clock.now() - 86_400_000).toISOString().slice(0, 10);
  const grant = await createGrant(deps, owner, world.homeId, {
    grantee: { kind: 'provider', organisationId: company.id },
    accessPointIds: [world.frontDoorId],
    schedule: { ...DEMO_GRANT_SCHEDULE, firstDate },
    maxVisitMinutes: 120,
    cameraRequired: true,
    notes: 'Keys-free cleaning: please lock up by closing the door behind you.',
  });
  if (!grant.ok) throw new Error(`could not create the demo grant: ${grant.error.detail}`);
  return { ...world, cleaningId: company.id, workerId: worker.value.user_id, grantId: grant.value.id };
}
