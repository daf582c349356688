import type { Insertable, Selectable } from 'kysely';
import type { Db } from './db.js';
import type { Home, HomeMembersTable, HomesTable, HomeUpdate, User } from './schema.js';

export type HomeMember = Selectable<HomeMembersTable>;
export type HomeRole = HomeMember['role'];
export type HomeMemberWithUser = HomeMember & Pick<User, 'email' | 'name'>;

export async function insertHome(db: Db, home: Insertable<HomesTable>): Promise<void> {
  await db.insertInto('homes').values(home).execute();
}

export async function findHome(db: Db, id: string): Promise<Home | undefined> {
  // A deleted home is a tombstone (docs/ledger.md "Deleting a home"): it answers as no home at all.
  return db.selectFrom('homes').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export async function updateHome(db: Db, id: string, changes: HomeUpdate): Promise<void> {
  await db.updateTable('homes').set(changes).where('id', '=', id).execute();
}

/** Homes the user is a member of: the only homes a customer can see (docs/api.md, "Scoping"). */
export async function listHomesOfUser(
  db: Db,
  userId: string,
  page: { limit: number; after?: string | undefined },
): Promise<Home[]> {
  let query = db
    .selectFrom('homes')
    .innerJoin('home_members', 'home_members.home_id', 'homes.id')
    .selectAll('homes')
    .where('home_members.user_id', '=', userId);
  if (page.after !== undefined) query = query.where('homes.id', '>', page.after);
  return query.orderBy('homes.id').limit(page.limit).execute();
}

export async function insertHomeMember(db: Db, member: HomeMember): Promise<void> {
  await db.insertInto('home_members').values(member).execute();
}

export async function findHomeMember(db: Db, homeId: string, userId: string): Promise<HomeMember | undefined> {
  return db
    .selectFrom('home_members')
    .selectAll()
    .where('home_id', '=', homeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function listHomeMembers(db: Db, homeId: string): Promise<HomeMemberWithUser[]> {
  return db
    .selectFrom('home_members')
    .innerJoin('users', 'users.id', 'home_members.user_id')
    .select([
      'home_members.home_id',
      'home_members.user_id',
      'home_members.role',
      'home_members.created_at',
      'users.email',
      'users.name',
    ])
    .where('home_members.home_id', '=', homeId)
    .orderBy('home_members.created_at')
    .orderBy('home_members.user_id')
    .execute();
}
