import type { Bus } from '../../bus.js';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import {
  findGrant,
  insertGrant,
  listGrantVersions,
  listHomeGrants,
  moveGrantStatus,
  writeGrantVersion,
} from '../../store/grants-repo.js';
import { findMembership, findOrganisation } from '../../store/organisations-repo.js';
import type { GrantRow, GrantStatus } from '../../store/schema-grants.js';
import { findUserByEmail } from '../../store/users-repo.js';
import { normaliseEmail } from '../accounts.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { homeFor } from '../home-access.js';
import { grantFor } from './access.js';
import { announceFacts, appendGrantFact } from './facts.js';
import { checkTerms, type GrantTerms, termsOf } from './terms.js';

// A home owner's grants (docs/grants.md): create, edit (a new version), pause, resume, revoke; the invited person
// accepts. Every change and its ledger fact commit together.

export type Grantee =
  | { kind: 'provider'; organisationId: string; workerId?: string | undefined }
  | { kind: 'person'; email: string };

type Deps = ServiceDeps & { bus?: Bus | undefined };

async function granteeColumns(deps: ServiceDeps, grantee: Grantee): Promise<Outcome<Partial<GrantRow>>> {
  if (grantee.kind === 'person') {
    const email = normaliseEmail(grantee.email);
    // Bound to the account that holds the email now, or to nobody; the owner is answered alike (docs/api.md "Invitations").
    const user = await findUserByEmail(deps.db, email);
    return {
      ok: true,
      value: { grantee_kind: 'person', person_email: email, person_id: user?.id ?? null, status: 'pending' },
    };
  }
  const org = await findOrganisation(deps.db, grantee.organisationId);
  if (org?.kind !== 'service_provider') return fail('not-found', 'No such service provider');
  if (grantee.workerId !== undefined) {
    const membership = await findMembership(deps.db, org.id, grantee.workerId);
    if (membership?.role !== 'worker')
      return fail('conflict', 'That person is not a worker of this provider', { reason: 'not_a_worker' });
  }
  return {
    ok: true,
    value: { grantee_kind: 'provider', organisation_id: org.id, worker_id: grantee.workerId ?? null, status: 'active' },
  };
}

export async function createGrant(
  deps: Deps,
  principal: Principal,
  homeId: string,
  input: { grantee: Grantee } & GrantTerms,
): Promise<Outcome<GrantRow>> {
  const home = await homeFor(deps, principal, homeId, 'change');
  if (!home.ok) return home;
  if (principal.kind !== 'user') return fail('forbidden', 'Sign in as an owner of the home');
  const { grantee, ...rest } = input;
  const terms = await checkTerms(deps.db, home.value, rest);
  if (!terms.ok) return terms;
  const who = await granteeColumns(deps, grantee);
  if (!who.ok) return who;
  const at = isoAt(deps.clock.now());
  const row: GrantRow = {
    id: deps.ids.id('grant'),
    home_id: home.value.id,
    version: 1,
    status: 'active',
    grantee_kind: 'provider',
    organisation_id: null,
    worker_id: null,
    person_email: null,
    person_id: null,
    accepted_at: null,
    ...who.value,
    terms: JSON.stringify(terms.value),
    created_by: principal.userId,
    created_at: at,
    updated_at: at,
  };
  const entry = await withTransaction(deps.db, async (tx) => {
    await insertGrant(tx, row);
    return appendGrantFact(tx, deps, {
      homeId: row.home_id,
      subject: row.id,
      kind: 'grant.created',
      data: { by: principal.userId, version: 1, status: row.status, grantee: granteeFact(row), terms: terms.value },
    });
  });
  announceFacts(deps.bus, row.home_id, [entry]);
  return { ok: true, value: row };
}

/** Who the grant is for, as the ledger records it: the email of a person is kept out of the chain. */
const granteeFact = (g: GrantRow) =>
  g.grantee_kind === 'provider'
    ? { kind: 'provider', organisationId: g.organisation_id, workerId: g.worker_id }
    : { kind: 'person', personId: g.person_id };

export async function homeGrants(
  deps: ServiceDeps,
  principal: Principal,
  homeId: string,
): Promise<Outcome<GrantRow[]>> {
  const home = await homeFor(deps, principal, homeId, 'read');
  return home.ok ? { ok: true, value: await listHomeGrants(deps.db, home.value.id) } : home;
}

export async function readGrant(deps: ServiceDeps, principal: Principal, grantId: string) {
  const found = await grantFor(deps.db, principal, grantId, 'read');
  if (!found.ok) return found;
  return {
    ok: true as const,
    value: { grant: found.value.grant, versions: await listGrantVersions(deps.db, grantId) },
  };
}

/** A new version of the terms; the grant keeps its id, status and grantee. A revoked grant is not edited. */
export async function editGrant(
  deps: Deps,
  principal: Principal,
  grantId: string,
  change: (current: GrantTerms) => GrantTerms,
): Promise<Outcome<GrantRow>> {
  const found = await grantFor(deps.db, principal, grantId, 'change');
  if (!found.ok) return found;
  const { grant } = found.value;
  if (grant.status === 'revoked') return fail('conflict', 'This grant is revoked', { reason: 'grant_revoked' });
  const home = await homeFor(deps, principal, grant.home_id, 'change');
  if (!home.ok) return home;
  const terms = await checkTerms(deps.db, home.value, change(termsOf(grant)));
  if (!terms.ok) return terms;
  const at = isoAt(deps.clock.now());
  const by = principal.kind === 'user' ? principal.userId : '';
  const written = await withTransaction(deps.db, async (tx) => {
    if (!(await writeGrantVersion(tx, grant, JSON.stringify(terms.value), by, at))) return null;
    return appendGrantFact(tx, deps, {
      homeId: grant.home_id,
      subject: grant.id,
      kind: 'grant.edited',
      data: { by, version: grant.version + 1, previousVersion: grant.version, terms: terms.value },
    });
  });
  if (!written) return fail('conflict', 'The grant changed meanwhile; read it again', { reason: 'grant_changed' });
  announceFacts(deps.bus, grant.home_id, [written]);
  return { ok: true, value: (await findGrant(deps.db, grantId))! };
}

const MOVES: Record<'pause' | 'resume' | 'revoke', { from: GrantStatus[]; to: GrantStatus; kind: string }> = {
  pause: { from: ['active', 'pending'], to: 'paused', kind: 'grant.paused' },
  resume: { from: ['paused'], to: 'active', kind: 'grant.resumed' },
  revoke: { from: ['active', 'pending', 'paused'], to: 'revoked', kind: 'grant.revoked' },
};

/**
 * Pauses, resumes or revokes, guarded in one statement. A person's grant resumes to `pending` until it was accepted.
 * What this does to visits in progress is services/grants/withdraw.ts.
 */
export async function moveGrant(
  deps: Deps,
  principal: Principal,
  grantId: string,
  move: keyof typeof MOVES,
): Promise<Outcome<GrantRow>> {
  const found = await grantFor(deps.db, principal, grantId, 'change');
  if (!found.ok) return found;
  const { grant } = found.value;
  const { from, kind } = MOVES[move];
  const to =
    move === 'resume' && grant.grantee_kind === 'person' && grant.accepted_at === null ? 'pending' : MOVES[move].to;
  const at = isoAt(deps.clock.now());
  const by = principal.kind === 'user' ? principal.userId : '';
  const entry = await withTransaction(deps.db, async (tx) => {
    if (!(await moveGrantStatus(tx, grant.id, from, to, { updated_at: at }))) return null;
    return appendGrantFact(tx, deps, {
      homeId: grant.home_id,
      subject: grant.id,
      kind,
      data: { by, from: grant.status, to },
    });
  });
  if (!entry)
    return fail('conflict', `The grant is ${grant.status}; it cannot ${move}`, { reason: `grant_${grant.status}` });
  announceFacts(deps.bus, grant.home_id, [entry]);
  return { ok: true, value: (await findGrant(deps.db, grantId))! };
}

/** The invited person accepts: only now may they check in. */
export async function acceptGrant(deps: Deps, principal: Principal, grantId: string): Promise<Outcome<GrantRow>> {
  const found = await grantFor(deps.db, principal, grantId, 'accept');
  if (!found.ok) return found;
  const { grant } = found.value;
  const at = isoAt(deps.clock.now());
  const entry = await withTransaction(deps.db, async (tx) => {
    if (!(await moveGrantStatus(tx, grant.id, ['pending'], 'active', { updated_at: at, accepted_at: at }))) return null;
    return appendGrantFact(tx, deps, {
      homeId: grant.home_id,
      subject: grant.id,
      kind: 'grant.accepted',
      data: { personId: grant.person_id },
    });
  });
  if (!entry)
    return fail('conflict', `The grant is ${grant.status}; there is nothing to accept`, {
      reason: `grant_${grant.status}`,
    });
  announceFacts(deps.bus, grant.home_id, [entry]);
  return { ok: true, value: (await findGrant(deps.db, grantId))! };
}
