import { hashSecret, newSecret } from '../crypto/secrets.js';
import { isoAt } from '../ports.js';
import {
  type ApiKeyRow,
  findActiveApiKeyByHash,
  findApiKeyInOrganisation,
  insertApiKey,
  listApiKeys as listRows,
  revokeApiKey as revokeRow,
  touchApiKey,
} from '../store/api-keys-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';

/** Scopes an organisation's key may hold (docs/api.md, "API keys"). Areas add theirs here. */
export const API_KEY_SCOPES = [
  'deliveries:read',
  'deliveries:write',
  'visits:read',
  'grants:read',
  'grants:write',
  'webhooks:write',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Every key starts with this, so leaked keys are easy to recognise and scan for. */
export const API_KEY_MARK = 'thk_';
const SHOWN_PREFIX_LENGTH = API_KEY_MARK.length + 8;

export interface ApiKey {
  id: string;
  organisationId: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function presentApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as string[],
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Mints a key; the secret is returned this once and only its SHA-256 is kept. */
export async function createApiKey(
  deps: ServiceDeps,
  organisationId: string,
  createdBy: string,
  input: { name: string; scopes: readonly ApiKeyScope[] },
): Promise<{ key: ApiKey; secret: string }> {
  const secret = newSecret(API_KEY_MARK);
  const row: ApiKeyRow = {
    id: deps.ids.id('key'),
    organisation_id: organisationId,
    name: input.name.trim(),
    prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
    key_hash: hashSecret(secret),
    scopes: JSON.stringify([...new Set(input.scopes)].sort()),
    created_by: createdBy,
    created_at: isoAt(deps.clock.now()),
    last_used_at: null,
    revoked_at: null,
  };
  await insertApiKey(deps.db, row);
  return { key: presentApiKey(row), secret };
}

export async function listApiKeys(deps: ServiceDeps, organisationId: string): Promise<ApiKey[]> {
  return (await listRows(deps.db, organisationId)).map(presentApiKey);
}

/** Revoking twice is harmless: the first revocation time stands. */
export async function revokeApiKey(deps: ServiceDeps, organisationId: string, keyId: string): Promise<Outcome<ApiKey>> {
  const existing = await findApiKeyInOrganisation(deps.db, organisationId, keyId);
  if (!existing) return fail('not-found', 'No such API key');
  await revokeRow(deps.db, keyId, isoAt(deps.clock.now()));
  const row = await findApiKeyInOrganisation(deps.db, organisationId, keyId);
  return { ok: true, value: presentApiKey(row!) };
}

/**
 * `last_used_at` tells a key's owner whether it is still in use; minute resolution is plenty, and writing it on every
 * request was a durable commit per call (docs/performance.md §1).
 */
export const LAST_USED_RESOLUTION_MS = 60_000;

function lastUseIsStale(lastUsedAt: string | null, now: number): boolean {
  return lastUsedAt === null || now - Date.parse(lastUsedAt) >= LAST_USED_RESOLUTION_MS;
}

export async function authenticateApiKey(deps: ServiceDeps, secret: string): Promise<ApiKey | undefined> {
  if (!secret.startsWith(API_KEY_MARK)) return undefined;
  const row = await findActiveApiKeyByHash(deps.db, hashSecret(secret));
  if (!row) return undefined;
  const now = deps.clock.now();
  if (lastUseIsStale(row.last_used_at, now)) await touchApiKey(deps.db, row.id, isoAt(now));
  return presentApiKey(row);
}
