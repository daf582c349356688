import type { Db } from './db.js';
import type { GrantRow, GrantStatus, GrantVisitRow, ProviderAlertRow } from './schema-grants.js';

// Plain functions over the grant tables (STYLE.md, habit 9). Status changes are guarded in the statement itself, so
// two owners pausing and revoking at once cannot both win from the same state.

export async function insertGrant(db: Db, row: GrantRow): Promise<void> {
  await db.insertInto('grants').values(row).execute();
  await db
    .insertInto('grant_versions')
    .values({
      grant_id: row.id,
      version: row.version,
      terms: row.terms,
      created_by: row.created_by,
      created_at: row.created_at,
    })
    .execute();
}

export async function findGrant(db: Db, id: string): Promise<GrantRow | undefined> {
  return db.selectFrom('grants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listHomeGrants(db: Db, homeId: string): Promise<GrantRow[]> {
  return db
    .selectFrom('grants')
    .selectAll()
    .where('home_id', '=', homeId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function listOrganisationGrants(db: Db, organisationId: string): Promise<GrantRow[]> {
  return db
    .selectFrom('grants')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Grants a person may be using: offered to them, or to a provider they work for. */
export async function listGrantsFor(db: Db, userId: string, organisationIds: readonly string[]): Promise<GrantRow[]> {
  return db
    .selectFrom('grants')
    .selectAll()
    .where((eb) =>
      organisationIds.length === 0
        ? eb('person_id', '=', userId)
        : eb.or([eb('person_id', '=', userId), eb('organisation_id', 'in', [...organisationIds])]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Moves the status from one of `from` to `to` in one statement; true when this call moved it. */
export async function moveGrantStatus(
  db: Db,
  id: string,
  from: readonly GrantStatus[],
  to: GrantStatus,
  changes: { updated_at: string; accepted_at?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('grants')
    .set({ status: to, ...changes })
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A new version of the terms, if the grant is still at `version` and not revoked; true when written. */
export async function writeGrantVersion(
  db: Db,
  grant: Pick<GrantRow, 'id' | 'version'>,
  terms: string,
  by: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('grants')
    .set({ terms, version: grant.version + 1, updated_at: at })
    .where('id', '=', grant.id)
    .where('version', '=', grant.version)
    .where('status', '!=', 'revoked')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db
    .insertInto('grant_versions')
    .values({ grant_id: grant.id, version: grant.version + 1, terms, created_by: by, created_at: at })
    .execute();
  return true;
}

export async function listGrantVersions(db: Db, grantId: string) {
  return db.selectFrom('grant_versions').selectAll().where('grant_id', '=', grantId).orderBy('version').execute();
}

export async function insertGrantVisit(db: Db, row: GrantVisitRow): Promise<void> {
  await db.insertInto('grant_visits').values(row).execute();
}

export async function findGrantVisit(db: Db, visitId: string): Promise<GrantVisitRow | undefined> {
  return db.selectFrom('grant_visits').selectAll().where('visit_id', '=', visitId).executeTakeFirst();
}

export async function updateGrantVisit(
  db: Db,
  visitId: string,
  changes: Partial<Pick<GrantVisitRow, 'verdict' | 'checked_out_at'>>,
): Promise<void> {
  await db.updateTable('grant_visits').set(changes).where('visit_id', '=', visitId).execute();
}

/** Visits of the grant not yet closed (the visits table's `open`). */
export async function listOpenGrantVisits(db: Db, grantId: string) {
  return db
    .selectFrom('grant_visits')
    .innerJoin('visits', 'visits.id', 'grant_visits.visit_id')
    .selectAll('visits')
    .where('grant_visits.grant_id', '=', grantId)
    .where('visits.open', '=', 1)
    .execute();
}

export async function insertProviderAlert(db: Db, row: ProviderAlertRow): Promise<void> {
  await db.insertInto('provider_alerts').values(row).execute();
}

export async function listProviderAlerts(db: Db, organisationId: string, limit: number): Promise<ProviderAlertRow[]> {
  return db
    .selectFrom('provider_alerts')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The grant's visits, newest first, with their window and verdict (the customer's history of a grant). */
export async function listGrantVisitHistory(db: Db, grantId: string, limit: number) {
  return db
    .selectFrom('grant_visits')
    .innerJoin('visits', 'visits.id', 'grant_visits.visit_id')
    .select([
      'visits.id',
      'visits.state',
      'visits.opened_at',
      'visits.closed_at',
      'grant_visits.window_start',
      'grant_visits.window_end',
      'grant_visits.verdict',
      'grant_visits.checked_out_at',
    ])
    .where('grant_visits.grant_id', '=', grantId)
    .orderBy('visits.opened_at', 'desc')
    .orderBy('visits.id', 'desc')
    .limit(limit)
    .execute();
}
