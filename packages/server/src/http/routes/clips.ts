import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { recordClipView, viewableClip } from '../../services/ledger-clip-views.js';
import { clipExpiredAt } from '../../store/clips-repo.js';
import { findClipCheck } from '../../store/device-trust-repo.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { Problem, unavailable } from '../problems.js';
import { IdSchema, problems, USER_SECURITY } from '../schemas.js';

const ClipParams = Type.Object({ clipId: IdSchema('clip') }, { additionalProperties: false });
const RangeHeaders = Type.Object({ range: Type.Optional(Type.String({ maxLength: 200 })) });

export type RangeRequest = { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * One `bytes=` range of RFC 9110 §14.1.2 (`a-b`, `a-`, `-n`) against a representation of `size` bytes. A header we do
 * not understand, or several ranges, is ignored and the whole clip is sent, as §14.2 allows.
 */
export function parseRange(header: string | undefined, size: number): RangeRequest {
  const match = header?.trim().match(/^bytes=(\d{0,15})-(\d{0,15})$/);
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'whole' };
  const [first, last] = [match[1]!, match[2]!];
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 || size === 0
      ? { kind: 'unsatisfiable' }
      : { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return { kind: 'whole' }; // syntactically invalid: ignore (§14.1.1)
  return start >= size ? { kind: 'unsatisfiable' } : { kind: 'part', start, end };
}

export const clipRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/clips/:clipId',
    {
      schema: {
        tags: ['clips'],
        summary: "A visit's video clip (MP4), with byte ranges; every look is logged on the home's ledger",
        security: USER_SECURITY,
        params: ClipParams,
        headers: RangeHeaders,
        response: {
          200: {
            description: 'The whole clip',
            content: { 'video/mp4': { schema: { type: 'string', format: 'binary' } } },
          },
          206: {
            description: 'The requested byte range',
            content: { 'video/mp4': { schema: { type: 'string', format: 'binary' } } },
          },
          ...problems(401, 403, 404, 409, 410, 416, 503),
        },
      },
    },
    async (request, reply) => {
      const { userId } = requireUser(request);
      const clip = unwrap(await viewableClip(app.services, request.principal, request.params.clipId));
      const expiredAt = await clipExpiredAt(app.services.db, clip.id);
      if (expiredAt !== null) {
        throw new Problem('clip-expired', `The clip was deleted on ${expiredAt}; its SHA-256 stays on the ledger`, {
          expiredAt,
          sha256: clip.sha256,
        });
      }
      // Only a clip that passed verification is served as evidence of a recording (services/visits/clip-check.ts).
      const check = await findClipCheck(app.services.db, clip.id);
      if (check?.ok !== 1) {
        throw new Problem(
          'clip-unverified',
          `The clip failed verification: ${check?.detail ?? 'it was never checked'}`,
        );
      }
      const store = app.deps.clips;
      if (!store) throw unavailable('Clip storage is not configured on this node');
      const range = parseRange(request.headers.range, clip.bytes);
      reply.header('accept-ranges', 'bytes').header('etag', `"${clip.sha256}"`).header('cache-control', 'private');
      if (range.kind === 'unsatisfiable') {
        reply.header('content-range', `bytes */${clip.bytes}`);
        throw new Problem('range-not-satisfiable', `The clip has ${clip.bytes} bytes`);
      }
      const opened = await store.open(clip.sha256, range.kind === 'part' ? range : undefined);
      if (!opened.ok)
        throw opened.error === 'unsatisfiable'
          ? new Problem('range-not-satisfiable')
          : unavailable('The clip file is missing');
      const { stream, start, end, size } = opened.value;
      // Logged before a byte is sent; a look that cannot be logged is not served.
      await recordClipView(app.services, clip, userId).catch((error: unknown) => {
        stream.destroy();
        throw error;
      });
      reply.header('content-type', 'video/mp4').header('content-length', end - start + 1);
      if (range.kind === 'part') reply.code(206).header('content-range', `bytes ${start}-${end}/${size}`);
      return reply.send(stream as never);
    },
  );
};
