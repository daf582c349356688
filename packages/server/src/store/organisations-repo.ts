import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { MembershipsTable, OrganisationsTable, User } from './schema.js';

export type Organisation = Selectable<OrganisationsTable>;
export type Membership = Selectable<MembershipsTable>;
export type MembershipRole = Membership['role'];
export type MemberWithUser = Membership & Pick<User, 'email' | 'name' | 'kind'>;

export async function insertOrganisation(db: Db, organisation: Organisation): Promise<void> {
  await db.insertInto('organisations').values(organisation).execute();
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMembership(db: Db, membership: Membership): Promise<void> {
  await db.insertInto('memberships').values(membership).execute();
}

export async function findMembership(db: Db, organisationId: string, userId: string): Promise<Membership | undefined> {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function listMembers(db: Db, organisationId: string): Promise<MemberWithUser[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.organisation_id',
      'memberships.user_id',
      'memberships.role',
      'memberships.created_at',
      'users.email',
      'users.name',
      'users.kind',
    ])
    .where('memberships.organisation_id', '=', organisationId)
    .orderBy('memberships.created_at')
    .orderBy('memberships.user_id')
    .execute();
}

/** Organisations a user belongs to, with the role held in each. */
export async function listOrganisationsOfUser(
  db: Db,
  userId: string,
): Promise<(Organisation & { role: MembershipRole })[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'organisations.id',
      'organisations.name',
      'organisations.kind',
      'organisations.created_at',
      'memberships.role',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.created_at')
    .execute();
}
