import { createHash } from 'node:crypto';
import type { ClipStore } from '../../clips/clip-store.js';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { insertClaimPhoto, listClaimPhotos } from '../../store/claims-repo.js';
import { withTransaction } from '../../store/db.js';
import type { ClaimPhotoRow } from '../../store/schema-claims.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { claimFor } from './access.js';
import { recordStep } from './steps.js';

// Photos a customer adds to a claim: images only (the bytes say which: JPEG, PNG or WebP, whatever the client
// claims), at most PHOTO_MAX_BYTES each and PHOTOS_PER_CLAIM in all, stored content-addressed like clips.

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTOS_PER_CLAIM = 5;

/** The image type the first bytes announce, or null for anything else. */
export function imageTypeOf(bytes: Buffer): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(png)) return 'image/png';
  const riff = bytes.subarray(0, 4).toString('latin1') === 'RIFF';
  if (bytes.length >= 12 && riff && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

/** May the principal add photos to the claim, and how many more fit? Called before the body is read. */
export async function photoRoom(deps: Pick<ServiceDeps, 'db'>, principal: Principal, claimId: string) {
  const access = await claimFor(deps.db, principal, claimId, 'add_photo');
  if (!access.ok) return access;
  if (access.value.claim.state === 'closed') return fail('conflict', 'The claim is closed');
  const room = PHOTOS_PER_CLAIM - (await listClaimPhotos(deps.db, claimId)).length;
  if (room <= 0) return fail('conflict', `A claim holds at most ${PHOTOS_PER_CLAIM} photos`);
  return { ok: true as const, value: { access: access.value, room } };
}

export async function addClaimPhotos(
  deps: ServiceDeps,
  store: ClipStore,
  principal: Principal,
  claimId: string,
  photos: readonly Buffer[],
): Promise<Outcome<ClaimPhotoRow[]>> {
  const room = await photoRoom(deps, principal, claimId);
  if (!room.ok) return room;
  if (photos.length === 0) return fail('validation', 'Send at least one photo', { field: 'body' });
  if (photos.length > room.value.room) return fail('conflict', `A claim holds at most ${PHOTOS_PER_CLAIM} photos`);
  const typed = photos.map((bytes) => ({ bytes, type: imageTypeOf(bytes) }));
  if (typed.some((p) => p.type === null))
    return fail('validation', 'Photos must be JPEG, PNG or WebP images', { field: 'body.photo' });
  const at = isoAt(deps.clock.now());
  const userId = principal.kind === 'user' ? principal.userId : '';
  const rows: ClaimPhotoRow[] = [];
  for (const { bytes, type } of typed) {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!(await store.put(sha256, bytes)).ok) return fail('validation', 'The photo could not be stored');
    rows.push({ claim_id: claimId, sha256, content_type: type!, bytes: bytes.length, added_by: userId, at });
  }
  const { claim } = room.value.access;
  return withTransaction(deps.db, async (tx) => {
    const added = [];
    for (const row of rows) if (await insertClaimPhoto(tx, row)) added.push(row);
    if (added.length > 0) {
      await recordStep(
        tx,
        deps,
        claim,
        {
          kind: 'claim.photo_added',
          data: { by: userId, photos: added.map((p) => ({ sha256: p.sha256, contentType: p.content_type })) },
          customer: null,
          carrier: 'The customer added photos to a claim about your visit.',
        },
        at,
      );
    }
    return { ok: true, value: await listClaimPhotos(tx, claimId) };
  });
}

export async function claimPhoto(
  deps: Pick<ServiceDeps, 'db'>,
  principal: Principal,
  claimId: string,
  sha256: string,
): Promise<Outcome<ClaimPhotoRow>> {
  const access = await claimFor(deps.db, principal, claimId, 'read');
  if (!access.ok) return access;
  const photo = (await listClaimPhotos(deps.db, claimId)).find((p) => p.sha256 === sha256);
  return photo ? { ok: true, value: photo } : fail('not-found', 'No such photo');
}
