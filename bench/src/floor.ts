import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  canonicalJson,
  deviceIdFor,
  generateKeyPair,
  issueCapability,
  NonceCache,
  newNonce,
  signBytes,
  verifyBytes,
  verifyCapability,
} from '@threshold/protocol';
import { openStore } from '@threshold/server/store/db';
import { sql } from 'kysely';
import { openMqttPair, openMqttPairAt } from './mqtt-pingpong.js';
import { dropSchema } from './pg-schema.js';
import { type Summary, since, summarize } from './stats.js';

// The floor under one unlock (docs/performance.md "The floor"): what no implementation of the flow can skip, measured
// in the same run, on the same disk and database as (b). Per sample, one after another: two MQTT QoS 1 round trips
// through an embedded broker (camera, lock), four single-row durable commits (the arrival, the request, the
// recording confirmed, the unlock), one capability signed and verified, and four Ed25519 verifications of device
// messages (the camera's ack and event, the lock's ack and event). The sum is one floor sample.

export interface Floor {
  total: Summary;
  mqtt2: Summary;
  commits4: Summary;
  capability: Summary;
  verify4: Summary;
}

interface Committer {
  commit(): Promise<void>;
  close(): Promise<void>;
}

/** Single-row inserts, each its own durable commit, through the platform's own store (same pragmas, same pool). */
async function openCommitter(target: string): Promise<Committer> {
  const databaseUrl = target === 'sqlite' ? undefined : target;
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-bench-floor-'));
  const pgSchema = databaseUrl ? `bench_floor_${randomBytes(6).toString('hex')}` : undefined;
  const store = await openStore({ databaseUrl, dataDir, pgSchema });
  const synchronous = process.env.BENCH_SQLITE_SYNCHRONOUS;
  if (store.dialect === 'sqlite' && synchronous && /^(OFF|NORMAL|FULL)$/.test(synchronous)) {
    await sql.raw(`pragma synchronous = ${synchronous}`).execute(store.db);
  }
  await sql`create table floor_probe (id text primary key, at text not null)`.execute(store.db);
  let n = 0;
  return {
    async commit() {
      await sql`insert into floor_probe (id, at) values (${`p${++n}`}, ${new Date().toISOString()})`.execute(store.db);
    },
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl && pgSchema) await dropSchema(databaseUrl, pgSchema);
    },
  };
}

function cryptoParts() {
  const platform = generateKeyPair();
  const device = generateKeyPair();
  const signer = { kid: 'pk_floor', privateKey: platform.privateKey, publicKey: platform.publicKey };
  const pinnedKeys = new Map([[signer.kid, platform.publicKey]]);
  const nonces = new NonceCache();
  const lockId = deviceIdFor('lock', device.publicKey);
  // A device event as the gateway checks it: Ed25519 over the canonical JSON of the envelope without `sig`.
  const event = {
    v: 1,
    id: 'e-floor',
    device: lockId,
    type: 'bolt',
    seq: 1,
    ts: Date.now(),
    data: { bolt: 'unlocked' },
  };
  const sig = signBytes(device.privateKey, canonicalJson(event));
  return {
    async capability() {
      const nowMs = Date.now();
      const token = await issueCapability(signer, {
        lock: lockId,
        visit: 'visit-floor',
        nonce: newNonce(),
        nowMs,
        ttlSeconds: 120,
      });
      const verified = await verifyCapability(token, { pinnedKeys, audience: lockId, nowMs, nonces });
      if (!verified.ok) throw new Error(`floor: capability refused (${verified.error})`);
    },
    verify() {
      if (!verifyBytes(device.publicKey, canonicalJson(event), sig)) throw new Error('floor: event refused');
    },
  };
}

/**
 * `samples` floor samples (after `warmup`) against `target` (`sqlite` or a postgres:// URL); the MQTT round trips
 * through a fresh embedded broker, or through the broker at `mqttUrl` when the platform uses that one.
 */
export async function measureFloor(
  target: string,
  o: { warmup: number; samples: number; mqttUrl?: string | undefined },
): Promise<Floor> {
  const mqtt = o.mqttUrl ? await openMqttPairAt(o.mqttUrl) : await openMqttPair();
  const committer = await openCommitter(target);
  const crypto = cryptoParts();
  const parts = { total: [] as number[], mqtt2: [] as number[], commits4: [] as number[], capability: [] as number[] };
  const verify4: number[] = [];
  try {
    for (let i = 0; i < o.warmup + o.samples; i++) {
      const start = performance.now();
      await mqtt.once();
      await mqtt.once();
      const afterMqtt = performance.now();
      for (let c = 0; c < 4; c++) await committer.commit();
      const afterCommits = performance.now();
      await crypto.capability();
      const afterCapability = performance.now();
      for (let v = 0; v < 4; v++) crypto.verify();
      const end = performance.now();
      if (i < o.warmup) continue;
      parts.total.push(since(start));
      parts.mqtt2.push(afterMqtt - start);
      parts.commits4.push(afterCommits - afterMqtt);
      parts.capability.push(afterCapability - afterCommits);
      verify4.push(end - afterCapability);
    }
  } finally {
    await committer.close();
    await mqtt.close();
  }
  return {
    total: summarize(parts.total),
    mqtt2: summarize(parts.mqtt2),
    commits4: summarize(parts.commits4),
    capability: summarize(parts.capability),
    verify4: summarize(verify4),
  };
}
