import { type Decision, homePolicy, type Principal } from '../policy.js';
import type { Db } from '../store/db.js';
import { findHomeMember } from '../store/homes-repo.js';
import type { ServiceDeps } from './deps.js';
import { denied, fail, type Outcome } from './failure.js';

// Who may read a home's record (ledger, checkpoints, visit evidence, live events, clips): its members, and nobody
// else. Platform staff (src/admin/, table platform_staff) are NOT readers: DESIGN.md "Trust rules" lets staff inside a
// home only through a purpose-bound, time-limited access the customer sees, each look a fact in that home's ledger.
// That access (claims) does not exist yet, so staffHomeAccess below answers "no" to everyone. An organisation's kind
// grants nothing here either: the `operator` kind is gone (migration 20261202-0001-platform-staff).

/**
 * The seam for purpose-bound staff access. When claims exist, this is where a staff member's open, customer-visible
 * access to this home (its purpose, its expiry) is looked up and allowed; the caller then logs every look with
 * `as: 'staff'` and the access id. Until then it refuses, so staff see nothing inside a home.
 */
export async function staffHomeAccess(
  _deps: Pick<ServiceDeps, 'db'>,
  _userId: string,
  _homeId: string,
): Promise<Decision> {
  return { allowed: false, status: 'not-found', reason: 'no purpose-bound access to this home' };
}

/** A principal allowed to read a home's record, and in which capacity (logged with every look at a clip). */
export interface HomeReader {
  homeId: string;
  /** `staff` only through staffHomeAccess, which allows nobody yet. */
  as: 'member' | 'staff';
}

/** Allows reading the ledger, clips and live events of `homeId`; an unknown home and a foreign one answer alike. */
export async function readableHome(
  deps: Pick<ServiceDeps, 'db'>,
  principal: Principal,
  homeId: string,
): Promise<Outcome<HomeReader>> {
  const member = principal.kind === 'user' ? await findHomeMember(deps.db, homeId, principal.userId) : undefined;
  const decision = homePolicy(principal, member?.role, 'read');
  let as: HomeReader['as'] = 'member';
  if (!decision.allowed) {
    if (principal.kind !== 'user' || decision.status !== 'not-found') return denied(decision, 'home');
    const staff = await staffHomeAccess(deps, principal.userId, homeId);
    if (!staff.allowed) return denied(staff, 'home');
    as = 'staff';
  }
  const home = await deps.db.selectFrom('homes').select('id').where('id', '=', homeId).executeTakeFirst();
  if (!home) return fail('not-found', 'No such home');
  return { ok: true, value: { homeId, as } };
}

/** Like readableHome for the home an object (visit, clip) belongs to; an unknown object is "not found" too. */
export async function readableOwner(
  deps: Pick<ServiceDeps, 'db'>,
  principal: Principal,
  owner: { homeId: string | null } | undefined,
  what: string,
): Promise<Outcome<HomeReader>> {
  const allowed = owner?.homeId ? await readableHome(deps, principal, owner.homeId) : undefined;
  return allowed?.ok ? allowed : fail('not-found', `No such ${what}`);
}

/** The home a visit belongs to, when the principal may read it. */
export async function readableVisit(
  deps: Pick<ServiceDeps, 'db'>,
  principal: Principal,
  visitId: string,
): Promise<Outcome<HomeReader>> {
  const visit = await deps.db
    .selectFrom('visits')
    .select('home_id as homeId')
    .where('id', '=', visitId)
    .executeTakeFirst();
  return readableOwner(deps, principal, visit, 'visit');
}

export interface PublicPlatformKey {
  kid: string;
  publicKey: string;
  createdAt: string;
  retiredAt: string | null;
}

/** Every platform key ever used, retired ones included: old checkpoints stay verifiable offline. */
export async function platformPublicKeys(db: Db): Promise<PublicPlatformKey[]> {
  const rows = await db
    .selectFrom('platform_keys')
    .select(['kid', 'public_key', 'created_at', 'retired_at'])
    .orderBy('created_at')
    .orderBy('kid')
    .execute();
  return rows.map((r) => ({ kid: r.kid, publicKey: r.public_key, createdAt: r.created_at, retiredAt: r.retired_at }));
}
