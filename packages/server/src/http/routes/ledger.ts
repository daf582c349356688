import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { evidenceBundle, latestCheckpoint, verifyHomeLedger } from '../../services/ledger.js';
import { platformPublicKeys, readableHome, readableVisit } from '../../services/ledger-access.js';
import { recordEvidenceLook } from '../../services/ledger-clip-views.js';
import { checkpointHistory, ledgerConsistency } from '../../services/ledger-evidence.js';
import { listLedger } from '../../store/ledger-repo.js';
import { unwrap } from '../outcome.js';
import { IdSchema, Nullable, Page, PageQuery, problems, USER_SECURITY } from '../schemas.js';
import { HomeParams } from './homes.js';

// The customer's record of their home (DESIGN.md "Ledger"): read it, check it, and take a visit's evidence away to
// verify offline with the keys of GET /v1/platform/keys (docs/ledger.md).

const Hash = Type.String({ pattern: '^[0-9a-f]{64}$' });
const Entry = Type.Object({
  homeId: Type.String(),
  seq: Type.Integer(),
  at: Type.String(),
  kind: Type.String(),
  subject: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
  prevHash: Hash,
  hash: Hash,
});
const Checkpoint = Type.Object({
  homeId: Type.String(),
  treeSize: Type.Integer(),
  rootHash: Hash,
  headHash: Hash,
  at: Type.String(),
  kid: Type.String(),
  sig: Type.String({ description: 'Ed25519 over the checkpoint payload, base64url' }),
});
// docs/api.md "Pagination" (`after`/`nextCursor`, the cursor being a seq); `afterSeq`/`nextAfterSeq` remain for
// earlier clients, and `limit` goes to 500 here because verifying a whole ledger reads it in pages.
const LedgerQuery = Type.Object(
  {
    after: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'nextCursor of the previous page' })),
    afterSeq: Type.Optional(Type.Integer({ minimum: 0, description: 'Deprecated: the same as `after`' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
const LedgerPage = Type.Object({
  items: Type.Array(Entry),
  nextCursor: Nullable(Type.String()),
  nextAfterSeq: Nullable(Type.Integer({ description: 'Deprecated: nextCursor as a number' })),
});
const Verification = Type.Object({
  ok: Type.Boolean(),
  size: Type.Optional(Type.Integer()),
  head: Type.Optional(Hash),
  firstBad: Type.Optional(Type.Object({ seq: Type.Integer(), problem: Type.String() })),
});
const PlatformKey = Type.Object({
  kid: Type.String(),
  publicKey: Type.String({ description: 'Ed25519 public key, base64url (raw 32 bytes)' }),
  createdAt: Type.String(),
  retiredAt: Nullable(Type.String()),
});
const Consistency = Type.Object({ fromSize: Type.Integer(), toSize: Type.Integer(), proof: Type.Array(Hash) });
const Bundle = Type.Object({
  version: Type.Literal(1),
  homeId: Type.String(),
  checkpoint: Checkpoint,
  entries: Type.Array(Entry),
  proofs: Type.Array(Type.Object({ seq: Type.Integer(), path: Type.Array(Hash) })),
  clips: Type.Array(Type.Object({ id: Type.String(), sha256: Hash })),
  visit: Type.Object({
    homeId: Type.String(),
    visitId: Type.String(),
    subjects: Type.Array(Type.String()),
    entryCount: Type.Integer(),
    firstSeq: Type.Integer(),
    lastSeq: Type.Integer(),
    treeSize: Type.Integer(),
    rootHash: Hash,
    at: Type.String(),
    kid: Type.String(),
    sig: Type.String(),
  }),
  cameraEvents: Type.Array(
    Type.Object({
      clipId: Type.String(),
      deviceId: Type.String(),
      publicKey: Type.String(),
      event: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
  keys: Type.Array(PlatformKey),
  consistency: Type.Optional(Consistency),
});
const Size = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

export const ledgerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['ledger'];
  const security = USER_SECURITY;

  app.get(
    '/homes/:homeId/ledger',
    {
      schema: {
        tags,
        security,
        summary: "A page of the home's ledger",
        params: HomeParams,
        querystring: LedgerQuery,
        response: { 200: LedgerPage, ...problems(404) },
      },
    },
    async (request) => {
      const { homeId } = unwrap(await readableHome(app.services, request.principal, request.params.homeId));
      const { after, afterSeq, limit = 100 } = request.query;
      const items = await listLedger(app.services.db, homeId, {
        afterSeq: after ? Number(after) : (afterSeq ?? 0),
        limit,
      });
      const next = items.length === limit ? items.at(-1)!.seq : null;
      return { items, nextCursor: next === null ? null : String(next), nextAfterSeq: next };
    },
  );

  app.get(
    '/homes/:homeId/ledger/verify',
    {
      schema: {
        tags,
        security,
        summary: "Verifies the home's whole ledger; names the first entry that is not what the ledger says it is",
        params: HomeParams,
        response: { 200: Verification, ...problems(404) },
      },
    },
    async (request) => {
      const { homeId } = unwrap(await readableHome(app.services, request.principal, request.params.homeId));
      return verifyHomeLedger(app.services.db, homeId);
    },
  );

  app.get(
    '/homes/:homeId/ledger/checkpoints/latest',
    {
      schema: {
        tags,
        security,
        summary: 'The newest signed checkpoint',
        params: HomeParams,
        response: { 200: Checkpoint, ...problems(404) },
      },
    },
    async (request) => {
      const { homeId } = unwrap(await readableHome(app.services, request.principal, request.params.homeId));
      return unwrap(await latestCheckpoint(app.services, homeId));
    },
  );

  app.get(
    '/homes/:homeId/ledger/checkpoints',
    {
      schema: {
        tags,
        security,
        summary: "The home's signed checkpoints, oldest first",
        params: HomeParams,
        querystring: PageQuery,
        response: { 200: Page(Checkpoint), ...problems(400, 404) },
      },
    },
    async (request) => {
      const { homeId } = unwrap(await readableHome(app.services, request.principal, request.params.homeId));
      const { after, limit = 50 } = request.query;
      return unwrap(await checkpointHistory(app.services, homeId, { after, limit }));
    },
  );

  app.get(
    '/homes/:homeId/ledger/consistency',
    {
      schema: {
        tags,
        security,
        summary: 'RFC 9162 consistency proof: the ledger of `to` entries extends the ledger of `from` entries',
        params: HomeParams,
        querystring: Type.Object({ from: Size, to: Size }, { additionalProperties: false }),
        response: { 200: Consistency, ...problems(400, 404) },
      },
    },
    async (request) => {
      const { homeId } = unwrap(await readableHome(app.services, request.principal, request.params.homeId));
      return unwrap(await ledgerConsistency(app.services, homeId, request.query.from, request.query.to));
    },
  );

  app.get(
    '/visits/:visitId/evidence',
    {
      schema: {
        tags,
        security,
        summary: "A visit's evidence bundle: entries, inclusion proofs, a signed checkpoint and clip hashes",
        params: Type.Object({ visitId: IdSchema('visit') }, { additionalProperties: false }),
        querystring: Type.Object(
          {
            since: Type.Optional({
              ...Size,
              description: 'treeSize of a checkpoint you kept: adds a consistency proof',
            }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Bundle, ...problems(400, 404, 409) },
      },
    },
    async (request) => {
      const reader = unwrap(await readableVisit(app.services, request.principal, request.params.visitId));
      // Staff with a purpose may take the bundle too; the download is a fact in the customer's ledger first.
      if (request.principal.kind === 'user')
        await recordEvidenceLook(app.services, reader, request.params.visitId, request.principal.userId);
      return unwrap(await evidenceBundle(app.services, request.params.visitId, { since: request.query.since }));
    },
  );

  app.get(
    '/platform/keys',
    {
      schema: {
        tags,
        summary: 'Platform public keys, retired ones included, for verifying checkpoints and bundles offline',
        security: [],
        response: { 200: Type.Object({ keys: Type.Array(PlatformKey) }) },
      },
    },
    async () => ({ keys: await platformPublicKeys(app.services.db) }),
  );
};
