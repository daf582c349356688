import type { Principal } from '../policy.js';
import { isoAt } from '../ports.js';
import { type Enrolment, saveEnrolment } from '../store/deliveries-repo.js';
import { findOrganisation } from '../store/organisations-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';
import { homeFor } from './home-access.js';

/** The customer enrols their home with a carrier: "the address is served with an eligible membership". */
export async function enrolHome(
  deps: ServiceDeps,
  principal: Principal,
  homeId: string,
  input: { organisationId: string; plan: string },
): Promise<Outcome<Enrolment>> {
  const home = await homeFor(deps, principal, homeId, 'change');
  if (!home.ok) return home;
  const organisation = await findOrganisation(deps.db, input.organisationId);
  if (organisation?.kind !== 'carrier')
    return fail('validation', 'No carrier has this id', { field: 'body.organisationId' });
  const row = {
    home_id: home.value.id,
    organisation_id: organisation.id,
    plan: input.plan,
    created_at: isoAt(deps.clock.now()),
  };
  await saveEnrolment(deps.db, row);
  return { ok: true, value: row };
}
