import { type Decision, homePolicy, type Principal } from '../policy.js';
import type { Db } from '../store/db.js';
import { findHomeMember } from '../store/homes-repo.js';
import type { ServiceDeps } from './deps.js';
import { denied, fail, type Outcome } from './failure.js';

// Who may read a home's record (DESIGN.md "Who uses it"): its members, and support staff of an `operator`
// organisation investigating an incident. Every look by staff at a clip is itself logged (routes/clips.ts).

/** The home-read rule of policy.ts, widened to platform operator staff. */
export function homeRecordPolicy(principal: Principal, role: Parameters<typeof homePolicy>[1], operator: boolean) {
  if (principal.kind === 'user' && operator) return { allowed: true } satisfies Decision;
  return homePolicy(principal, role, 'read');
}

/** True when the user belongs to an organisation of kind `operator`. */
export async function isOperatorStaff(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select('memberships.user_id')
    .where('memberships.user_id', '=', userId)
    .where('organisations.kind', '=', 'operator')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A principal allowed to read a home's record, and in which capacity (logged with every look at a clip). */
export interface HomeReader {
  homeId: string;
  as: 'member' | 'operator';
}

/** Allows reading the ledger, clips and live events of `homeId`; an unknown home and a foreign one answer alike. */
export async function readableHome(
  deps: Pick<ServiceDeps, 'db'>,
  principal: Principal,
  homeId: string,
): Promise<Outcome<HomeReader>> {
  const userId = principal.kind === 'user' ? principal.userId : undefined;
  const member = userId === undefined ? undefined : await findHomeMember(deps.db, homeId, userId);
  const operator = userId !== undefined && member === undefined && (await isOperatorStaff(deps.db, userId));
  const decision = homeRecordPolicy(principal, member?.role, operator);
  if (!decision.allowed) return denied(decision, 'home');
  const home = await deps.db.selectFrom('homes').select('id').where('id', '=', homeId).executeTakeFirst();
  if (!home) return fail('not-found', 'No such home');
  return { ok: true, value: { homeId, as: member ? 'member' : 'operator' } };
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
