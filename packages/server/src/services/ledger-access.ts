import { type Decision, homePolicy, type Principal } from '../policy.js';
import { isoAt } from '../ports.js';
import type { Db } from '../store/db.js';
import { findHomeMember } from '../store/homes-repo.js';
import { findStaff } from '../store/staff-repo.js';
import type { ServiceDeps } from './deps.js';
import { denied, fail, type Outcome } from './failure.js';

// Who may read a home's record (ledger, checkpoints, visit evidence, live events, clips): its members, and nobody
// else. Platform staff (src/admin/, table platform_staff) are NOT readers of a home: DESIGN.md "Trust rules" lets
// staff see one visit's record only through a purpose-bound, time-limited access the customer sees (a claim assigned
// to them, or the customer's consent), each look a fact in that home's ledger (docs/claims.md). An organisation's kind
// grants nothing here either: the `operator` kind is gone (migration 20261202-0001-platform-staff).

/** Why a staff member may look at a visit's record: the claim assigned to them, or the customer's consent. */
export type StaffPurpose = { claimId: string } | { consentId: string };

export type StaffAccess = { allowed: true; purpose: StaffPurpose } | Extract<Decision, { allowed: false }>;

/**
 * Purpose-bound staff access to one visit of a home: the caller must be platform staff (the `platform_staff` table)
 * and hold, now, either a claim about that visit assigned to them whose access has not ended (24 h from assignment,
 * services/claims/steps.ts), or the home owner's unexpired consent for that visit. A home as a whole (its ledger, its
 * live events) is never open to staff. Someone who is not staff is told the home does not exist; staff without a
 * purpose are refused with the reason, and the clip route logs the refusal.
 */
export async function staffHomeAccess(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  userId: string,
  homeId: string,
  visitId: string | null,
): Promise<StaffAccess> {
  if (visitId === null || !(await findStaff(deps.db, userId)))
    return { allowed: false, status: 'not-found', reason: 'no purpose-bound access to this home' };
  const now = isoAt(deps.clock.now());
  const claim = await deps.db
    .selectFrom('claims')
    .select('id')
    .where('home_id', '=', homeId)
    .where('visit_id', '=', visitId)
    .where('assignee_id', '=', userId)
    .where('access_until', '>', now)
    .where('state', '!=', 'closed')
    .orderBy('access_until', 'desc')
    .executeTakeFirst();
  if (claim) return { allowed: true, purpose: { claimId: claim.id } };
  const consent = await deps.db
    .selectFrom('support_consents')
    .select('id')
    .where('home_id', '=', homeId)
    .where('visit_id', '=', visitId)
    .where('expires_at', '>', now)
    .orderBy('expires_at', 'desc')
    .executeTakeFirst();
  if (consent) return { allowed: true, purpose: { consentId: consent.id } };
  return {
    allowed: false,
    status: 'forbidden',
    reason: "staff see a customer's clips only for a claim assigned to them or with the customer's consent",
  };
}

/** A principal allowed to read a home's record, and in which capacity (logged with every look at a clip). */
export interface HomeReader {
  homeId: string;
  /** `operator`: a member of the locker operator whose site camera recorded a clip (services/lockers/clips.ts). */
  as: 'member' | 'staff' | 'operator';
  /** Set for staff: why they may look (staffHomeAccess). */
  purpose: StaffPurpose | null;
}

/**
 * Allows reading the ledger, clips and live events of `homeId` (for staff: of the one visit `visitId` only); an
 * unknown home and a foreign one answer alike.
 */
export async function readableHome(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  principal: Principal,
  homeId: string,
  visitId: string | null = null,
): Promise<Outcome<HomeReader>> {
  const member = principal.kind === 'user' ? await findHomeMember(deps.db, homeId, principal.userId) : undefined;
  const decision = homePolicy(principal, member?.role, 'read');
  let reader: HomeReader = { homeId, as: 'member', purpose: null };
  if (!decision.allowed) {
    if (principal.kind !== 'user' || decision.status !== 'not-found') return denied(decision, 'home');
    const staff = await staffHomeAccess(deps, principal.userId, homeId, visitId);
    if (!staff.allowed) return denied(staff, 'home');
    reader = { homeId, as: 'staff', purpose: staff.purpose };
  }
  const home = await deps.db.selectFrom('homes').select('id').where('id', '=', homeId).executeTakeFirst();
  if (!home) return fail('not-found', 'No such home');
  return { ok: true, value: reader };
}

/**
 * Like readableHome for the home an object (visit, clip) belongs to; an unknown object is "not found" too. Staff
 * without a purpose for the object's visit are told "forbidden" (the object is no secret to staff, its content is).
 */
export async function readableOwner(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  principal: Principal,
  owner: { homeId: string | null; visitId?: string | null } | undefined,
  what: string,
): Promise<Outcome<HomeReader>> {
  const allowed = owner?.homeId ? await readableHome(deps, principal, owner.homeId, owner.visitId ?? null) : undefined;
  if (allowed && !allowed.ok && allowed.error.code === 'forbidden') return allowed;
  return allowed?.ok ? allowed : fail('not-found', `No such ${what}`);
}

/** The home a visit belongs to, when the principal may read it. */
export async function readableVisit(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  principal: Principal,
  visitId: string,
): Promise<Outcome<HomeReader>> {
  const visit = await deps.db
    .selectFrom('visits')
    .select(['home_id as homeId', 'id as visitId'])
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
