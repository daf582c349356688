import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { evidenceBundle, latestCheckpoint, verifyHomeLedger } from '../../services/ledger.js';
import { platformPublicKeys, readableHome, readableVisit } from '../../services/ledger-access.js';
import { listLedger } from '../../store/ledger-repo.js';
import { unwrap } from '../outcome.js';
import { IdSchema, Nullable, problems, USER_SECURITY } from '../schemas.js';
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
const LedgerQuery = Type.Object(
  {
    afterSeq: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
const LedgerPage = Type.Object({ items: Type.Array(Entry), nextAfterSeq: Nullable(Type.Integer()) });
const Verification = Type.Object({
  ok: Type.Boolean(),
  size: Type.Optional(Type.Integer()),
  head: Type.Optional(Hash),
  firstBad: Type.Optional(Type.Object({ seq: Type.Integer(), problem: Type.String() })),
});
const Bundle = Type.Object({
  version: Type.Literal(1),
  homeId: Type.String(),
  checkpoint: Checkpoint,
  entries: Type.Array(Entry),
  proofs: Type.Array(Type.Object({ seq: Type.Integer(), path: Type.Array(Hash) })),
  clips: Type.Array(Type.Object({ id: Type.String(), sha256: Hash })),
});
const PlatformKey = Type.Object({
  kid: Type.String(),
  publicKey: Type.String({ description: 'Ed25519 public key, base64url (raw 32 bytes)' }),
  createdAt: Type.String(),
  retiredAt: Nullable(Type.String()),
});

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
      const limit = request.query.limit ?? 100;
      const items = await listLedger(app.services.db, homeId, { afterSeq: request.query.afterSeq ?? 0, limit });
      return { items, nextAfterSeq: items.length === limit ? items.at(-1)!.seq : null };
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
    '/visits/:visitId/evidence',
    {
      schema: {
        tags,
        security,
        summary: "A visit's evidence bundle: entries, inclusion proofs, a signed checkpoint and clip hashes",
        params: Type.Object({ visitId: IdSchema('visit') }, { additionalProperties: false }),
        response: { 200: Bundle, ...problems(404, 409) },
      },
    },
    async (request) => {
      unwrap(await readableVisit(app.services, request.principal, request.params.visitId));
      return unwrap(await evidenceBundle(app.services, request.params.visitId));
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
