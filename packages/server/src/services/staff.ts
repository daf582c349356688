import type { Clock } from '../ports.js';
import { isoAt } from '../ports.js';
import type { Db } from '../store/db.js';
import { deleteStaff, listStaff, type PlatformStaff, type StaffRole, upsertStaff } from '../store/staff-repo.js';
import { findUserByEmail } from '../store/users-repo.js';
import { normaliseEmail } from './accounts.js';
import { fail, type Outcome } from './failure.js';

// Platform staff (support, admin) are people who work for the platform itself. They are made ONLY by the
// administrative command on the server (src/admin/cli.ts, `npm run admin -- staff …`); nothing under src/http imports
// this module (docs/decisions.md, "Staff are made on the server, never through the API"). Being staff grants no read
// inside any home yet: see staffHomeAccess in ledger-access.ts.

export const STAFF_ROLES: readonly StaffRole[] = ['support', 'admin'];

/** Makes the account holding `email` platform staff with `role` (or changes its role). */
export async function grantStaff(
  deps: { db: Db; clock: Clock },
  email: string,
  role: StaffRole,
): Promise<Outcome<PlatformStaff>> {
  const user = await findUserByEmail(deps.db, normaliseEmail(email));
  if (!user) return fail('not-found', `No account with the email ${normaliseEmail(email)}; sign up first`);
  const staff: PlatformStaff = { user_id: user.id, role, granted_at: isoAt(deps.clock.now()), granted_by: 'cli' };
  await upsertStaff(deps.db, staff);
  return { ok: true, value: staff };
}

export async function revokeStaff(deps: { db: Db }, email: string): Promise<Outcome<{ userId: string }>> {
  const user = await findUserByEmail(deps.db, normaliseEmail(email));
  if (!user || !(await deleteStaff(deps.db, user.id)))
    return fail('not-found', `${normaliseEmail(email)} is not staff`);
  return { ok: true, value: { userId: user.id } };
}

export async function staffList(deps: { db: Db }) {
  return listStaff(deps.db);
}
