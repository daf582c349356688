import type { Checkpoint } from '@threshold/core';
import { TERMINAL_DELIVERY_STATUSES } from '@threshold/core';
import type { Transaction } from 'kysely';
import type { ClipStore } from '../clips/clip-store.js';
import { isoAt } from '../ports.js';
import { withTransaction } from '../store/db.js';
import { appendLedger } from '../store/ledger-repo.js';
import type { Database, Home } from '../store/schema.js';
import { fail, type Outcome } from './failure.js';
import { checkpointHome, type LedgerDeps } from './ledger.js';
import { expireClip } from './retention.js';

// Deleting a home (docs/ledger.md §11.3). The owner confirms with the home's name. Clip and photo files are deleted
// (each clip with a `clip.expired` fact), then in one transaction the personal records go: members' links,
// invitations, preferences, enrolments, doors, visits and their timers, alerts, grants with their terms and notes,
// claims with their messages and photos, clip rows; devices are unpaired; deliveries stay with the carrier, cut loose
// from the door. The home row stays as a tombstone with its address, position and name blanked, since deliveries and
// the ledger point at it. The ledger is kept whole (its entries hash their data: docs/ledger.md §3); a `home.deleted`
// fact closes it and a final checkpoint is signed over it. Afterwards the home answers 404 everywhere.

export type DeletionDeps = LedgerDeps & { clips: ClipStore | undefined };

async function removeFiles(deps: DeletionDeps, home: Home): Promise<void> {
  const clips = await deps.db
    .selectFrom('clips')
    .select(['id', 'home_id', 'sha256'])
    .where('home_id', '=', home.id)
    .where('expired_at', 'is', null)
    .execute();
  const store = deps.clips;
  if (!store) return;
  for (const clip of clips)
    await expireClip({ ...deps, clips: store }, { ...clip, home_id: home.id }, { homeDeleted: true });
  const doorstep = await deps.db
    .selectFrom('ledger_entries')
    .select('data')
    .where('home_id', '=', home.id)
    .where('kind', '=', 'visit.fallback')
    .execute();
  const claimPhotos = await deps.db
    .selectFrom('claim_photos')
    .innerJoin('claims', 'claims.id', 'claim_photos.claim_id')
    .select('claim_photos.sha256')
    .where('claims.home_id', '=', home.id)
    .execute();
  const photos = doorstep
    .map((r) => (JSON.parse(r.data) as { photo?: unknown }).photo)
    .filter((p) => typeof p === 'string');
  for (const sha of new Set([...(photos as string[]), ...claimPhotos.map((p) => p.sha256)])) await store.remove(sha);
}

async function removeRecords(tx: Transaction<Database>, homeId: string): Promise<void> {
  const claims = tx.selectFrom('claims').select('id').where('home_id', '=', homeId);
  for (const table of ['claim_messages', 'claim_photos', 'claim_alerts', 'claim_notices'] as const) {
    await tx.deleteFrom(table).where('claim_id', 'in', claims).execute();
  }
  await tx.deleteFrom('claims').where('home_id', '=', homeId).execute();
  await tx.deleteFrom('support_consents').where('home_id', '=', homeId).execute();
  await tx.deleteFrom('alerts').where('home_id', '=', homeId).execute();
  await tx.deleteFrom('provider_alerts').where('home_id', '=', homeId).execute();
  const clips = tx.selectFrom('clips').select('id').where('home_id', '=', homeId);
  await tx.deleteFrom('clip_checks').where('clip_id', 'in', clips).execute();
  await tx.deleteFrom('clips').where('home_id', '=', homeId).execute();
  const grants = tx.selectFrom('grants').select('id').where('home_id', '=', homeId);
  await tx.deleteFrom('grant_visits').where('home_id', '=', homeId).execute();
  await tx.deleteFrom('grant_versions').where('grant_id', 'in', grants).execute();
  await tx.deleteFrom('grants').where('home_id', '=', homeId).execute();
  // The visits' timers have nothing left to act on.
  const visits = await tx.selectFrom('visits').select('id').where('home_id', '=', homeId).execute();
  for (const v of visits) await tx.deleteFrom('jobs').where('key', 'like', `visit:${v.id}:%`).execute();
  await tx.deleteFrom('visits').where('home_id', '=', homeId).execute();
}

async function detach(tx: Transaction<Database>, homeId: string, at: string): Promise<void> {
  // Deliveries are the carrier's records: they stay, without the door, and an open one is cancelled.
  await tx
    .updateTable('deliveries')
    .set({ access_point_id: null, updated_at: at })
    .where('home_id', '=', homeId)
    .execute();
  await tx
    .updateTable('deliveries')
    .set({ status: 'cancelled' })
    .where('home_id', '=', homeId)
    .where('status', 'not in', [...TERMINAL_DELIVERY_STATUSES])
    .execute();
  await tx
    .updateTable('devices')
    .set({ home_id: null, access_point_id: null, claimed_by: null, claimed_at: null, updated_at: at })
    .where('home_id', '=', homeId)
    .execute();
  // The car (its plate and photo are personal) goes with its access point; a parcel's declared size stays with
  // the carrier's delivery.
  await tx.deleteFrom('cars').where('home_id', '=', homeId).execute();
  await tx.deleteFrom('access_points').where('home_id', '=', homeId).execute();
  await tx.deleteFrom('preferences').where('home_id', '=', homeId).execute();
  await tx.deleteFrom('home_enrolments').where('home_id', '=', homeId).execute();
  await tx.deleteFrom('home_members').where('home_id', '=', homeId).execute();
  await tx.deleteFrom('invitations').where('target_kind', '=', 'home').where('target_id', '=', homeId).execute();
  await tx
    .updateTable('homes')
    .set({
      name: '',
      address_line1: '',
      address_line2: null,
      city: '',
      postal_code: '',
      country: 'ZZ',
      lat: 0,
      lon: 0,
      geofence_radius_m: 0,
      updated_at: at,
      deleted_at: at,
    })
    .where('id', '=', homeId)
    .execute();
}

/** Deletes the home's personal data; answers the final checkpoint, signed over the ledger closed by `home.deleted`. */
export async function deleteHome(
  deps: DeletionDeps,
  home: Home,
  by: string,
  confirm: string,
): Promise<Outcome<Checkpoint>> {
  if (confirm !== home.name) {
    return fail('validation', 'To delete the home, send its name exactly as `confirm`', { field: 'body.confirm' });
  }
  await removeFiles(deps, home);
  const at = isoAt(deps.clock.now());
  await withTransaction(deps.db, async (tx) => {
    await removeRecords(tx, home.id);
    await detach(tx, home.id, at);
    await appendLedger(tx, { homeId: home.id, at, kind: 'home.deleted', subject: home.id, data: { by } });
  });
  return checkpointHome(deps, home.id);
}
