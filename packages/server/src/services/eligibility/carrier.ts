import type { Principal } from '../../policy.js';
import type { Db } from '../../store/db.js';
import { findMembership, findOrganisation } from '../../store/organisations-repo.js';
import { fail, type Outcome } from '../failure.js';

// Who asks for eligibility (docs/eligibility.md "Who may ask"): a carrier, through one of its API keys with a
// deliveries scope, or one of its staff (admin or member) naming the carrier. The answer is always the carrier's own:
// its served areas, the homes enrolled with it.

const DELIVERY_SCOPES = ['deliveries:read', 'deliveries:write'];

/** The carrier the principal asks for. `organisationId` is required of a person (one may belong to several). */
export async function askingCarrier(
  db: Db,
  principal: Principal,
  organisationId: string | undefined,
): Promise<Outcome<string>> {
  if (principal.kind === 'anonymous') return fail('unauthenticated', 'Sign in, or send an API key');
  const notCarrier = fail('forbidden', 'Eligibility is answered to carriers');
  if (principal.kind === 'api_key') {
    if (organisationId !== undefined && organisationId !== principal.organisationId) {
      return fail('not-found', 'No such organisation');
    }
    if (!principal.scopes.some((s) => DELIVERY_SCOPES.includes(s))) {
      return fail('insufficient-scope', 'This API key lacks the scope "deliveries:read"', { scope: 'deliveries:read' });
    }
    const organisation = await findOrganisation(db, principal.organisationId);
    return organisation?.kind === 'carrier' ? { ok: true, value: organisation.id } : notCarrier;
  }
  if (organisationId === undefined) {
    return fail('validation', 'Name the carrier you ask for (organisationId)', { field: 'querystring.organisationId' });
  }
  const membership = await findMembership(db, organisationId, principal.userId);
  if (membership?.role !== 'admin' && membership?.role !== 'member') return fail('not-found', 'No such organisation');
  const organisation = await findOrganisation(db, organisationId);
  return organisation?.kind === 'carrier' ? { ok: true, value: organisation.id } : notCarrier;
}
