import { type OrganisationAction, organisationPolicy, type Principal } from '../policy.js';
import { isoAt } from '../ports.js';
import { withTransaction } from '../store/db.js';
import {
  findMembership,
  findOrganisation,
  insertMembership,
  insertOrganisation,
  listMembers,
  type MembershipRole,
  type MemberWithUser,
  type Organisation,
} from '../store/organisations-repo.js';
import type { OrganisationKind, UserKind } from '../store/schema.js';
import { findUserByEmail } from '../store/users-repo.js';
import { createAccount, normaliseEmail } from './accounts.js';
import type { ServiceDeps } from './deps.js';
import { denied, fail, type Outcome } from './failure.js';

export async function createOrganisation(
  deps: ServiceDeps,
  creatorId: string,
  input: { name: string; kind: OrganisationKind },
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

// A new account takes its kind from the role it is created for.
const kindForRole: Record<MembershipRole, UserKind> = {
  admin: 'staff',
  member: 'staff',
  courier: 'courier',
  worker: 'worker',
};

export interface AddMemberInput {
  email: string;
  role: MembershipRole;
  /** Present: create this account. Absent: the account must already exist. */
  account?: { name: string; password: string } | undefined;
}

export async function addMember(
  deps: ServiceDeps,
  organisationId: string,
  input: AddMemberInput,
): Promise<Outcome<MemberWithUser>> {
  return withTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    let user = await findUserByEmail(tx, normaliseEmail(input.email));
    if (input.account) {
      const created = await createAccount(txDeps, {
        ...input.account,
        email: input.email,
        kind: kindForRole[input.role],
      });
      if (!created.ok) return created;
      user = created.value;
    }
    if (!user) return fail('not-found', 'No account with this email; send `account` to create one');
    if (await findMembership(tx, organisationId, user.id)) return fail('conflict', 'Already a member');
    const membership = {
      organisation_id: organisationId,
      user_id: user.id,
      role: input.role,
      created_at: isoAt(deps.clock.now()),
    };
    await insertMembership(tx, membership);
    return { ok: true, value: { ...membership, email: user.email, name: user.name, kind: user.kind } };
  });
}

export async function membersOf(deps: ServiceDeps, organisationId: string): Promise<MemberWithUser[]> {
  return listMembers(deps.db, organisationId);
}
