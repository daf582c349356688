import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deviceIdFor, generateKeyPair, signEvent } from '@threshold/protocol';
import ts from 'typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bus } from '../../server/src/bus.js';
import { silentLog } from '../../server/src/gateway/log.js';
import { isoAt, randomIds } from '../../server/src/ports.js';
import { checkpointHome } from '../../server/src/services/ledger.js';
import { storeClip } from '../../server/src/services/visits/clip-event.js';
import type { VisitDeps } from '../../server/src/services/visits/deps.js';
import { withTransaction } from '../../server/src/store/db.js';
import { appendLedger } from '../../server/src/store/ledger-repo.js';
import { bearer, T0, type TestApp, testApp } from '../../server/test/support/app.js';
import { seedVisit } from '../../server/test/support/ledger-rows.js';
import { describeEachDialect } from '../../server/test/support/stores.js';
import { type World, world } from '../../server/test/support/world.js';

// The real `threshold-verify` command, run by node on its TypeScript sources (and core's ledger code) transpiled
// as they are, against the evidence bundle the server exports for a completed visit whose camera signed its clip.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Transpiles packages/verify/src and core's ledger code into a folder inside the repository (so node resolves
 * @noble/hashes) and points the verifier at that copy of core; returns the path of cli.js. */
function buildCli(): string {
  const out = join(ROOT, 'node_modules', '.cache', `threshold-verify-test-${process.pid}`);
  const copy = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const file of readdirSync(from).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(from, file), 'utf8').replaceAll(
        "'@threshold/core/ledger/index'",
        "'../ledger/index.js'",
      );
      const js = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      });
      writeFileSync(join(to, `${basename(file, '.ts')}.js`), js.outputText);
    }
  };
  copy(join(ROOT, 'packages/core/src/ledger'), join(out, 'ledger'));
  copy(join(ROOT, 'packages/verify/src'), join(out, 'verify'));
  return join(out, 'verify', 'cli.js');
}

const CLIP_MS = 1500;
/** A base64url key starts with '-' one time in 64, which node's parseArgs takes for an option unless joined by '='. */
const keyOption = (key: string) => `--key=${key}`;
// biome-ignore lint/suspicious/noExplicitAny: the tests edit the bundle's JSON freely, as a forger would
type Json = Record<string, any>;

describeEachDialect('threshold-verify on a real visit bundle', (getStore) => {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-verify-'));
  let cli: string;
  let t: TestApp;
  let w: World;
  let bundle: Json;
  let platformKey: string;
  const clip = randomBytes(4096);
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  function verify(...args: string[]): { code: number | null; out: string } {
    const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000 });
    return { code: run.status, out: run.stdout + run.stderr };
  }

  /** Runs the verifier on a changed copy of the bundle, with the untouched clip, kept checkpoint and key. */
  function verifyChanged(change: (b: Json) => void, ...extra: string[]) {
    const copy = structuredClone(bundle);
    change(copy);
    return verify(file('changed.json', JSON.stringify(copy)), keyOption(platformKey), ...extra);
  }

  beforeAll(async () => {
    cli = buildCli();
    const store = getStore();
    t = await testApp(store);
    w = await world(t.app);
    const deps: VisitDeps = {
      db: store.db,
      clock: t.clock,
      ids: randomIds,
      bus: new Bus(),
      log: silentLog,
      gateway: { sendCommand: async () => ({ ok: false, error: 'offline' }), keys: () => ({}) as never },
    };
    const { homeId, accessPointId } = w.a;
    const { visitId } = await seedVisit(store, { homeId, accessPointId });
    const fact = (subject: string, kind: string, data: Record<string, unknown>) =>
      withTransaction(store.db, (tx) => appendLedger(tx, { homeId, at: isoAt(t.clock.now()), kind, subject, data }));
    await fact(visitId, 'visit.created', { accessPointId });
    await fact(accessPointId, 'visit.alert', { alert: 'door_opened', accessPointId }); // another subject between
    const kept = await checkpointHome(t.app.services, homeId);
    if (!kept.ok) throw new Error('no checkpoint');
    file('kept.json', JSON.stringify(kept.value));

    // A camera paired to the door, asked to record the visit, signs the clip it uploaded.
    const camera = generateKeyPair();
    const deviceId = deviceIdFor('camera', camera.publicKey);
    const at = isoAt(T0);
    await store.db
      .insertInto('devices')
      .values({
        ...{ id: deviceId, kind: 'camera', public_key: camera.publicKey, firmware: 'test', claim_hash: null },
        ...{ home_id: homeId, access_point_id: accessPointId, claimed_by: w.a.userId, claimed_at: at },
        ...{ last_seq: 0, created_at: at, updated_at: at },
      })
      .execute();
    const sha256 = createHash('sha256').update(clip).digest('hex');
    await store.db
      .insertInto('expected_uploads')
      .values({
        ...{ id: randomIds.id('upl'), device_id: deviceId, session: visitId, command_id: randomIds.id('cmd') },
        ...{ created_at: isoAt(T0 - 60_000), expires_at: isoAt(T0 + 60_000), sha256, bytes: clip.length },
        ...{ uploaded_at: at, check_detail: null, media_duration_ms: CLIP_MS },
      })
      .execute();
    const data = {
      ...{ session: visitId, sha256, bytes: clip.length, durationMs: CLIP_MS },
      ...{ startedAt: T0 - CLIP_MS, endedAt: T0, contentType: 'video/mp4' as const },
    };
    const event = signEvent({ device: deviceId, seq: 1, ts: T0, type: 'clip', data }, camera.privateKey);
    await storeClip(deps, deviceId, data, event);
    await fact(visitId, 'visit.completed', { outcome: 'delivered_inside' });

    const res = await t.app.inject({
      method: 'GET',
      url: `/v1/visits/${visitId}/evidence?since=${kept.value.treeSize}`,
      headers: bearer(w.a.token),
    });
    expect(res.statusCode).toBe(200);
    bundle = res.json();
    file('bundle.json', res.body);
    file('clip.mp4', clip);
    const keys = (await t.app.inject({ method: 'GET', url: '/v1/platform/keys' })).json().keys;
    platformKey = keys[0].publicKey;
    file('platform.key', platformKey);
    file('keys.json', JSON.stringify({ keys }));
  });
  afterAll(async () => {
    await t?.app.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(cli, '..', '..'), { recursive: true, force: true });
  });

  const kept = () => join(dir, 'kept.json');
  const clipFile = () => join(dir, 'clip.mp4');

  it('passes the untouched bundle, clip and kept checkpoint, and names the key by its fingerprint', () => {
    expect(bundle.entries.map((e: { kind: string }) => e.kind)).toEqual([
      'visit.created',
      'clip.stored',
      'visit.completed',
    ]);
    expect(bundle.cameraEvents).toHaveLength(1);
    const run = verify(
      join(dir, 'bundle.json'),
      '--clip',
      clipFile(),
      keyOption(platformKey),
      '--since-checkpoint',
      kept(),
    );
    expect(run.out).toContain('VERIFIED: every check passed');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/fingerprint [0-9a-f]{64}/);
    expect(run.out).not.toContain('warning');
    // The same with the key as PEM, and with the keys JSON of GET /v1/platform/keys.
    const pem = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: platformKey }, format: 'jwk' });
    const pemFile = file('platform.pem', pem.export({ type: 'spki', format: 'pem' }) as string);
    expect(verify(join(dir, 'bundle.json'), '--clip', clipFile(), '--key', pemFile).code).toBe(0);
    expect(verify(join(dir, 'bundle.json'), '--key', join(dir, 'keys.json')).code).toBe(0);
  });

  it('agrees with the Python verifier written in docs/ledger.md §8, on the untouched and on a changed bundle', () => {
    const doc = readFileSync(join(ROOT, 'docs/ledger.md'), 'utf8');
    const script = /## 8\. Verifying a bundle[\s\S]*?```python\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(script).toBeDefined();
    const python = (folder: string) =>
      spawnSync('python3', ['-c', script!], { cwd: folder, encoding: 'utf8', timeout: 20_000 });
    const here = python(dir);
    expect(here.stderr).toBe('');
    expect(here.stdout).toContain('VERIFIED 3 entries');
    const changed = mkdtempSync(join(tmpdir(), 'threshold-verify-py-'));
    const copy = structuredClone(bundle);
    copy.entries.splice(1, 1);
    copy.proofs.splice(1, 1);
    writeFileSync(join(changed, 'bundle.json'), JSON.stringify(copy));
    writeFileSync(join(changed, 'platform.key'), platformKey);
    const dropped = python(changed);
    rmSync(changed, { recursive: true, force: true });
    expect(dropped.status).not.toBe(0);
    expect(dropped.stderr).toContain('incomplete');
  });

  it("passes without --key, warning that the keys are the platform's word", () => {
    const run = verify(join(dir, 'bundle.json'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/warning: the platform keys were taken from the bundle itself/);
  });

  it('fails, naming the clip, when one byte of the clip file is changed', () => {
    const changed = Buffer.from(clip);
    changed[100] = changed[100]! ^ 1;
    const run = verify(join(dir, 'bundle.json'), keyOption(platformKey), '--clip', file('changed.mp4', changed));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/FAIL {2}clip file changed\.mp4: its sha256 [0-9a-f]{64} is no clip\.stored entry/);
  });

  it('fails, naming the entry, when one entry is changed', () => {
    const run = verifyChanged((b) => {
      b.entries[1].data.bytes += 1;
    });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(new RegExp(`FAIL {2}entries: entry ${bundle.entries[1].seq} does not hash`));
  });

  it('fails, naming the entry, when one proof node is changed', () => {
    const run = verifyChanged((b) => {
      const node: string = b.proofs[0].path[0];
      b.proofs[0].path[0] = (node[0] === '0' ? '1' : '0') + node.slice(1);
    });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(
      new RegExp(`FAIL {2}entries: entry ${bundle.entries[0].seq} is not in the checkpoint tree`),
    );
  });

  it('fails when the checkpoint signature is changed', () => {
    const run = verifyChanged((b) => {
      const sig: string = b.checkpoint.sig;
      b.checkpoint.sig = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/FAIL {2}checkpoint signature: the signature does not verify/);
  });

  it('fails, naming the missing entry, when an entry is dropped', () => {
    const run = verifyChanged((b) => {
      b.entries.splice(2, 1);
      b.proofs.splice(2, 1);
    });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/FAIL {2}completeness: the platform states 3 entries .* the bundle holds 2/);
  });

  it('fails when the camera event or the clip.stored entry do not agree', () => {
    const run = verifyChanged((b) => {
      b.cameraEvents[0].event.data.sha256 = 'f'.repeat(64);
    });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/FAIL {2}camera event of clip_\S+: the camera's signature does not verify/);
  });

  it("fails when the camera event is signed by a key that is not the camera's own", () => {
    const other = generateKeyPair();
    const run = verifyChanged((b) => {
      const { sig: _sig, ...unsigned } = b.cameraEvents[0].event;
      b.cameraEvents[0].event = signEvent(unsigned, other.privateKey);
      b.cameraEvents[0].publicKey = other.publicKey;
    });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/FAIL {2}camera event of clip_\S+: key [0-9a-f]{64} is not camera cam-\S+'s own/);
  });

  it('fails when the consistency proof does not match the kept checkpoint', () => {
    const run = verifyChanged(
      (b) => {
        b.consistency.proof[0] = 'e'.repeat(64);
      },
      '--since-checkpoint',
      kept(),
    );
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/FAIL {2}consistency: the ledger of \d+ entries does not extend the kept one/);
    const none = verifyChanged((b) => delete b.consistency, '--since-checkpoint', kept());
    expect(none.out).toMatch(/FAIL {2}consistency: no consistency proof/);
  });

  it('refuses a checkpoint signed after its key was retired', () => {
    const keys = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8'));
    keys.keys[0].retiredAt = isoAt(T0 - 1);
    const run = verify(join(dir, 'bundle.json'), '--key', file('retired.json', JSON.stringify(keys)));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/FAIL {2}checkpoint signature: key \S+ was retired at/);
  });
});
