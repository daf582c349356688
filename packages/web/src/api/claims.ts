import type { RequestBodyOf, ResponseOf } from '@threshold/sdk';
import { get, newIdempotencyKey, post, request } from './client.js';

// Claims (docs/claims.md): the customer files one about a visit and answers questions; platform support takes it,
// watches the visit's clips while it holds it, and decides. Shapes come from the routes through the typed SDK.

export type Claim = ResponseOf<'/v1/claims/{claimId}', 'get'>;
export type ClaimSummary = ResponseOf<'/v1/support/claims', 'get'>['items'][number];
export type ClaimState = Claim['state'];
export type ClaimKind = Claim['kind'];
export type NewClaim = RequestBodyOf<'/v1/visits/{visitId}/claims', 'post'>;
export type Resolution = RequestBodyOf<'/v1/claims/{claimId}/decision', 'post'>;

/** The server's limits on photos (services/claims/photos.ts PHOTO_MAX_BYTES, PHOTOS_PER_CLAIM). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTOS_PER_CLAIM = 5;

const claim = (claimId: string) => `/v1/claims/${encodeURIComponent(claimId)}`;

export const openClaim = (visitId: string, body: NewClaim, key = newIdempotencyKey()) =>
  post<Claim>(`/v1/visits/${encodeURIComponent(visitId)}/claims`, body, key);
export const fetchClaim = (claimId: string, signal?: AbortSignal) => get<Claim>(claim(claimId), signal);
export const homeClaims = (homeId: string, signal?: AbortSignal) =>
  get<{ items: ClaimSummary[] }>(`/v1/homes/${encodeURIComponent(homeId)}/claims?limit=100`, signal);
export const supportQueue = (state: ClaimState | '', signal?: AbortSignal) =>
  get<{ items: ClaimSummary[] }>(`/v1/support/claims?limit=100${state ? `&state=${state}` : ''}`, signal);

export const postMessage = (claimId: string, body: string, key = newIdempotencyKey()) =>
  post<Claim>(`${claim(claimId)}/messages`, { body }, key);
export const assignClaim = (claimId: string, key = newIdempotencyKey()) =>
  post<Claim>(`${claim(claimId)}/assign`, undefined, key);
export const requestInfo = (claimId: string, body: string, key = newIdempotencyKey()) =>
  post<Claim>(`${claim(claimId)}/request-info`, { body }, key);
export const decideClaim = (claimId: string, resolution: Resolution, key = newIdempotencyKey()) =>
  post<Claim>(`${claim(claimId)}/decision`, resolution, key);
export const closeClaim = (claimId: string, key = newIdempotencyKey()) =>
  post<Claim>(`${claim(claimId)}/close`, undefined, key);

export const acknowledgeAlert = (alertId: string, key = newIdempotencyKey()) =>
  post<unknown>(`/v1/alerts/${encodeURIComponent(alertId)}/acknowledge`, undefined, key);

/**
 * Photos go up as multipart/form-data (file parts only). The client helper sends a Blob as it is, so the body is
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
  return request<Claim>('POST', `${claim(claimId)}/photos`, {
    raw: new Blob(parts),
    contentType: `multipart/form-data; boundary=${boundary}`,
    idempotencyKey: key,
  });
}
