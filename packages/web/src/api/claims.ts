import type { RequestBodyOf, ResponseOf } from '@threshold/sdk';
import { newIdempotencyKey, rawBody, settle, threshold } from './client.js';

// Claims (docs/claims.md): the customer files one about a visit and answers questions; platform support takes it,
// watches the visit's clips while it holds it, and decides. Calls and shapes come from the routes through the typed
// SDK; a write takes its Idempotency-Key from the caller, so a retry the person makes sends the same one.

export type Claim = ResponseOf<'/v1/claims/{claimId}', 'get'>;
export type ClaimSummary = ResponseOf<'/v1/support/claims', 'get'>['items'][number];
export type ClaimState = Claim['state'];
export type ClaimKind = Claim['kind'];
export type NewClaim = RequestBodyOf<'/v1/visits/{visitId}/claims', 'post'>;
export type Resolution = RequestBodyOf<'/v1/claims/{claimId}/decision', 'post'>;

/** The server's limits on photos (services/claims/photos.ts PHOTO_MAX_BYTES, PHOTOS_PER_CLAIM). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTOS_PER_CLAIM = 5;

const { api } = threshold;
const claimPath = (claimId: string) => ({ path: { claimId } });
/** The Idempotency-Key header of a write (docs/api.md "Idempotency"). */
const keyed = (key: string) => ({ header: { 'idempotency-key': key } });

export const openClaim = (visitId: string, body: NewClaim, key = newIdempotencyKey()) =>
  settle(api.POST('/v1/visits/{visitId}/claims', { params: { path: { visitId }, ...keyed(key) }, body }));
export const fetchClaim = (claimId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/claims/{claimId}', { params: claimPath(claimId), signal }));
export const homeClaims = (homeId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/homes/{homeId}/claims', { params: { path: { homeId }, query: { limit: 100 } }, signal }));
export const supportQueue = (state: ClaimState | '', signal?: AbortSignal) =>
  settle(api.GET('/v1/support/claims', { params: { query: { limit: 100, ...(state ? { state } : {}) } }, signal }));

export const postMessage = (claimId: string, body: string, key = newIdempotencyKey()) =>
  settle(
    api.POST('/v1/claims/{claimId}/messages', { params: { ...claimPath(claimId), ...keyed(key) }, body: { body } }),
  );
export const assignClaim = (claimId: string, key = newIdempotencyKey()) =>
  settle(api.POST('/v1/claims/{claimId}/assign', { params: { ...claimPath(claimId), ...keyed(key) } }));
export const requestInfo = (claimId: string, body: string, key = newIdempotencyKey()) =>
  settle(
    api.POST('/v1/claims/{claimId}/request-info', { params: { ...claimPath(claimId), ...keyed(key) }, body: { body } }),
  );
export const decideClaim = (claimId: string, resolution: Resolution, key = newIdempotencyKey()) =>
  settle(
    api.POST('/v1/claims/{claimId}/decision', { params: { ...claimPath(claimId), ...keyed(key) }, body: resolution }),
  );
export const closeClaim = (claimId: string, key = newIdempotencyKey()) =>
  settle(api.POST('/v1/claims/{claimId}/close', { params: { ...claimPath(claimId), ...keyed(key) } }));

export const acknowledgeAlert = (alertId: string, key = newIdempotencyKey()) =>
  settle(api.POST('/v1/alerts/{alertId}/acknowledge', { params: { path: { alertId }, ...keyed(key) } }));

/**
 * Photos go up as multipart/form-data (file parts only). The SDK sends a Blob as it is, so the body is
 * assembled here with its boundary.
 */
export function addPhotos(claimId: string, files: readonly File[], key = newIdempotencyKey()) {
  const boundary = `threshold-${newIdempotencyKey()}`;
  const parts: BlobPart[] = [];
  for (const [i, file] of files.entries()) {
    const name = (file.name || `photo-${i + 1}`).replace(/["\r\n]/g, '_');
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${name}"\r\n` +
        `Content-Type: ${file.type || 'application/octet-stream'}\r\n\r\n`,
      file,
      '\r\n',
    );
  }
  parts.push(`--${boundary}--\r\n`);
  return settle(
    api.POST('/v1/claims/{claimId}/photos', {
      params: { ...claimPath(claimId), ...keyed(key) },
      ...rawBody(new Blob(parts), `multipart/form-data; boundary=${boundary}`),
    }),
  );
}
