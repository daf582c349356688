import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  addClaimPhotos,
  claimPhoto,
  PHOTO_MAX_BYTES,
  PHOTOS_PER_CLAIM,
  photoRoom,
} from '../../services/claims/photos.js';
import { claimDetail } from '../../services/claims/read.js';
import { unwrap } from '../outcome.js';
import { Problem, unavailable } from '../problems.js';
import { IdSchema, problems, USER_SECURITY } from '../schemas.js';
import { ClaimDetailView, presentClaimDetail } from '../views/claim-view.js';
import { ClaimParams, viewerOf } from './claims.js';

// Photos of a claim (docs/claims.md "Photos"): multipart/form-data, images only, 5 MiB each, 5 per claim. As for the
// doorstep photo (visits-photo-guard.ts), the caller is authorised from the headers before a byte of the body is
// read, so nobody else can make the server read megabytes.

const PhotoParams = Type.Object(
  { claimId: IdSchema('claim'), sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) },
  { additionalProperties: false },
);
const CLAIM_ID = /^claim_[A-Za-z0-9_-]{1,64}$/;

const MULTIPART_ERRORS: Record<string, Problem> = {
  FST_REQ_FILE_TOO_LARGE: new Problem('payload-too-large', `A photo may be at most ${PHOTO_MAX_BYTES} bytes`),
  FST_FILES_LIMIT: new Problem('payload-too-large', `At most ${PHOTOS_PER_CLAIM} photos at once`),
  FST_PARTS_LIMIT: new Problem('payload-too-large', `At most ${PHOTOS_PER_CLAIM} parts at once`),
  FST_FIELDS_LIMIT: new Problem('bad-request', 'Send photos only, no other fields'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: new Problem('unsupported-media-type', 'Send multipart/form-data'),
};

async function readPhotos(request: FastifyRequest): Promise<Buffer[]> {
  if (!request.isMultipart()) throw new Problem('unsupported-media-type', 'Send the photos as multipart/form-data');
  const photos: Buffer[] = [];
  try {
    for await (const part of request.files()) photos.push(await part.toBuffer());
  } catch (error) {
    const mapped = MULTIPART_ERRORS[(error as { code?: string }).code ?? ''];
    if (mapped) throw mapped;
    throw new Problem('bad-request', 'The multipart body could not be read');
  }
  return photos;
}

export const claimPhotoRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: PHOTO_MAX_BYTES, files: PHOTOS_PER_CLAIM, parts: PHOTOS_PER_CLAIM, fields: 0, headerPairs: 20 },
  });
  // Authorised before the body: only a member of the claim's home may send photos, and only while there is room.
  app.addHook('onRequest', async (request: FastifyRequest<{ Params: { claimId?: string } }>) => {
    if (request.method !== 'POST') return;
    const claimId = request.params.claimId ?? '';
    unwrap(await photoRoom(app.services, request.principal, CLAIM_ID.test(claimId) ? claimId : 'claim_none'));
  });

  app.post(
    '/claims/:claimId/photos',
    {
      // The key matches the route and URL only: the photos are read by the handler, after the key is claimed.
      config: { idempotent: true },
      schema: {
        tags: ['claims'],
        summary: `Add photos to a claim (multipart/form-data; JPEG, PNG or WebP; ${PHOTOS_PER_CLAIM} of 5 MiB at most)`,
        security: USER_SECURITY,
        params: ClaimParams,
        consumes: ['multipart/form-data'],
        response: { 200: ClaimDetailView, ...problems(401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => {
      const store = app.deps.clips;
      if (!store) throw unavailable('Photo storage is not configured on this node');
      const photos = await readPhotos(request);
      const { principal } = request;
      unwrap(await addClaimPhotos(app.services, store, principal, request.params.claimId, photos));
      return presentClaimDetail(
        unwrap(await claimDetail(app.services.db, principal, request.params.claimId)),
        viewerOf(request),
      );
    },
  );

  app.get(
    '/claims/:claimId/photos/:sha256',
    {
      schema: {
        tags: ['claims'],
        summary: 'A photo of a claim, by its SHA-256',
        security: USER_SECURITY,
        params: PhotoParams,
        response: {
          200: { description: 'The photo', content: { 'image/*': { schema: { type: 'string', format: 'binary' } } } },
          ...problems(401, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const { claimId, sha256 } = request.params;
      const photo = unwrap(await claimPhoto(app.services, request.principal, claimId, sha256));
      const store = app.deps.clips;
      if (!store) throw unavailable('Photo storage is not configured on this node');
      const opened = await store.open(photo.sha256);
      if (!opened.ok) throw unavailable('The photo file is missing');
      reply.header('content-type', photo.content_type).header('content-length', opened.value.size);
      reply.header('etag', `"${photo.sha256}"`).header('cache-control', 'private, max-age=86400, immutable');
      return reply.send(opened.value.stream as never);
    },
  );
};
