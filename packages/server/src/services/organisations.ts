import { type OrganisationAction, organisationPolicy, type Principal } from '../policy.js';
import { isoAt } from '../ports.js';
import { withTransaction } from '../store/db.js';
import {
  findMembership,
  findOrganisation,
  insertMembership,
  insertOrganisation,
  listMembers,
  type MemberWithUser,
  type Organisation,
} from '../store/organisations-repo.js';
import type { PublicOrganisationKind } from '../store/schema.js';
import type { ServiceDeps } from './deps.js';
import { denied, fail, type Outcome } from './failure.js';

/**
 * The creator becomes the organisation's admin. Only the public kinds exist here: a kind describes a business and
 * grants nothing beyond the organisation's own objects (platform staff are made on the server: src/admin/).
 */
export async function createOrganisation(
  deps: ServiceDeps,
  creatorId: string,
  input: { name: string; kind: PublicOrganisationKind },
): Promise<Organisation> {
  const organisation: Organisation = {
    id: deps.ids.id('org'),
    name: input.name.trim(),
    kind: input.kind,
    created_at: isoAt(deps.clock.now()),
  };
  await withTransaction(deps.db, async (tx) => {
    await insertOrganisation(tx, organisation);
    await insertMembership(tx, {
      organisation_id: organisation.id,
      user_id: creatorId,
      role: 'admin',
      created_at: organisation.created_at,
    });
  });
  return organisation;
}

/** The organisation, when the principal may perform `action` on it. */
export async function organisationFor(
  deps: Pick<ServiceDeps, 'db'>,
  principal: Principal,
  organisationId: string,
  action: OrganisationAction,
): Promise<Outcome<Organisation>> {
  const membership =
    principal.kind === 'user' ? await findMembership(deps.db, organisationId, principal.userId) : undefined;
  const decision = organisationPolicy(principal, organisationId, membership?.role, action);
  if (!decision.allowed) return denied(decision, 'organisation');
  const organisation = await findOrganisation(deps.db, organisationId);
  return organisation ? { ok: true, value: organisation } : fail('not-found', 'No such organisation');
}

export async function membersOf(deps: ServiceDeps, organisationId: string): Promise<MemberWithUser[]> {
  return listMembers(deps.db, organisationId);
}
