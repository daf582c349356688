import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { PlatformStaffTable } from './schema-staff.js';

export type PlatformStaff = Selectable<PlatformStaffTable>;
export type StaffRole = PlatformStaff['role'];

/** Grants or changes a staff role (one row per person). */
export async function upsertStaff(db: Db, staff: PlatformStaff): Promise<void> {
  await db
    .insertInto('platform_staff')
    .values(staff)
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ role: staff.role, granted_at: staff.granted_at, granted_by: staff.granted_by }),
    )
    .execute();
}

/** True when a row was removed. */
export async function deleteStaff(db: Db, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('platform_staff').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findStaff(db: Db, userId: string): Promise<PlatformStaff | undefined> {
  return db.selectFrom('platform_staff').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function listStaff(db: Db): Promise<(PlatformStaff & { email: string; name: string })[]> {
  return db
    .selectFrom('platform_staff')
    .innerJoin('users', 'users.id', 'platform_staff.user_id')
    .select([
      'platform_staff.user_id',
      'platform_staff.role',
      'platform_staff.granted_at',
      'platform_staff.granted_by',
      'users.email',
      'users.name',
    ])
    .orderBy('users.email')
    .execute();
}
