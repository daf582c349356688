import { createHash } from 'node:crypto';
import { generateKeyPair, type PinnedKey, type PlatformSigner } from '@threshold/protocol';
import { type Clock, type Ids, isoAt } from '../ports.js';
import type { Db } from '../store/db.js';

// Platform signing keys (docs/protocol.md §6): commands, capabilities and ledger checkpoints are signed with the
// newest key that is not retired; devices pin every non-retired key so a rotation never bricks them.

export interface PlatformKeySet {
  signer: PlatformSigner;
  /** Every non-retired public key, the signer's included: what a device is told to pin at pairing. */
  publicKeys: PinnedKey[];
}

/** Makes sure at least one usable key exists. Safe to race: two nodes may both create one, and both are then valid. */
export async function ensurePlatformKey(db: Db, deps: { clock: Clock; ids: Ids }): Promise<void> {
  const existing = await db
    .selectFrom('platform_keys')
    .select('kid')
    .where('retired_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  if (existing) return;
  const pair = generateKeyPair();
  await db
    .insertInto('platform_keys')
    .values({
      kid: deps.ids.id('pk'),
      public_key: pair.publicKey,
      private_key: pair.privateKey,
      created_at: isoAt(deps.clock.now()),
      retired_at: null,
    })
    .execute();
}

export async function loadPlatformKeys(db: Db): Promise<PlatformKeySet | null> {
  const rows = await db
    .selectFrom('platform_keys')
    .select(['kid', 'public_key', 'private_key', 'created_at'])
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('kid', 'desc')
    .execute();
  const newest = rows[0];
  if (!newest) return null;
  return {
    signer: { kid: newest.kid, privateKey: newest.private_key, publicKey: newest.public_key },
    publicKeys: rows.map((row) => ({ kid: row.kid, publicKey: row.public_key })),
  };
}

/** Ensures a key and loads the set: what a node does once at start (and again when keys rotate). */
export async function platformKeys(db: Db, deps: { clock: Clock; ids: Ids }): Promise<PlatformKeySet> {
  await ensurePlatformKey(db, deps);
  const keys = await loadPlatformKeys(db);
  if (!keys) throw new Error('no platform key after ensurePlatformKey');
  return keys;
}

/** A key's fingerprint (docs/ledger.md §6): lowercase hex SHA-256 of the raw 32-byte Ed25519 public key. */
export function keyFingerprint(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex');
}

/** The lines `npm start` prints so a customer can note the key that signs their ledger (threshold-verify --key). */
export async function platformKeyLines(db: Db, deps: { clock: Clock; ids: Ids }): Promise<string[]> {
  const { publicKeys } = await platformKeys(db, deps);
  return publicKeys.map(
    (k) => `Platform key ${k.kid}: ${k.publicKey}  sha256 fingerprint ${keyFingerprint(k.publicKey)}`,
  );
}
