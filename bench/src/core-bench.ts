import { createHash, hash, sign, verify } from 'node:crypto';
import {
  type CheckInput,
  entryHashInput,
  evaluateChecks,
  haversineMeters,
  type LedgerEntry,
  nextStoredEntry,
  type StoredEntry,
  type TextSha256,
  verifyChain,
  verifyStoredChain,
} from '@threshold/core';
import { CHECK_EXAMPLE_NOW as NOW, passingCheckInput } from '@threshold/core/check-input-example';
import { generateKeyPair, issueCapability, NonceCache, newNonce, verifyCapability } from '@threshold/protocol';
import { privateKeyObject, publicKeyObject } from '@threshold/protocol/keys';
import { nativeSha256 } from '@threshold/server/crypto/sha256';

// `npm run bench -- core [--quick]`: the pure core per call, each figure beside the raw floor of the same work
// measured in the same run (docs/performance.md "Core").

interface Plan {
  /** Timed batches; the figure is the median batch divided by its size. */
  batches: number;
  /** Calls per batch for the micro-figures. */
  calls: number;
  /** Entries in the chain verified per ledger batch. */
  chainLength: number;
}

const FULL: Plan = { batches: 41, calls: 2000, chainLength: 2000 };
const QUICK: Plan = { batches: 11, calls: 500, chainLength: 500 };

/**
 * Median over `batches` of the CPU time (user + system) of one batch of `calls` calls, in microseconds per call.
 * CPU time, not wall time: on a shared machine a batch may wait for a core, which says nothing about the code.
 */
async function perCall(plan: Plan, calls: number, run: (i: number) => unknown): Promise<number> {
  const times: number[] = [];
  for (let b = -2; b < plan.batches; b++) {
    const start = process.cpuUsage();
    for (let i = 0; i < calls; i++) {
      const out = run(i);
      if (out instanceof Promise) await out;
    }
    const used = process.cpuUsage(start);
    if (b >= 0) times.push((used.user + used.system) / calls);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

const us = (v: number) => `${v.toFixed(2).padStart(8)} µs`;
const row = (label: string, value: number, floor: number, floorLabel: string) =>
  `${label.padEnd(40)} ${us(value)}   floor ${us(floor)} (${floorLabel})   ${(value / floor).toFixed(1)}x`;

/** What any decision must do: read both instants of the window and measure the distance to the door. */
function decisionFloor(input: CheckInput): number {
  const w = input.purpose.kind === 'delivery' ? input.purpose.window : { start: '', end: '' };
  return Date.parse(w.start) + Date.parse(w.end) + haversineMeters(input.home, input.position!);
}

async function checks(plan: Plan): Promise<void> {
  const plain = passingCheckInput();
  const withDaysOff = passingCheckInput(['2026-05-30', '2026-06-02']);
  const late = {
    ...plain,
    purpose: { ...plain.purpose, window: { start: '2026-06-01T07:00:00+01:00', end: '2026-06-01T09:00:00+01:00' } },
  } as CheckInput;
  const floor = await perCall(plan, plan.calls, () => decisionFloor(plain));
  console.log('\naccess decision (evaluateChecks, 7 checks with evidence), per call');
  console.log(
    row(
      '  every check passes',
      await perCall(plan, plan.calls, () => evaluateChecks(plain, NOW)),
      floor,
      'parse window + haversine',
    ),
  );
  console.log(
    row(
      '  every check passes, 2 days off',
      await perCall(plan, plan.calls, () => evaluateChecks(withDaysOff, NOW)),
      floor,
      'same',
    ),
  );
  console.log(
    row(
      '  too late (message formatted)',
      await perCall(plan, plan.calls, () => evaluateChecks(late, NOW)),
      floor,
      'same',
    ),
  );
}

/**
 * A chain of entries shaped like the platform's own: visit facts with ids, instants and a few evidence fields, each
 * with the canonical text of its data that the server stores (`ledger-repo.ts`).
 */
function ledgerChain(length: number): { entry: LedgerEntry; dataText: string }[] {
  const entries: { entry: LedgerEntry; dataText: string }[] = [];
  for (let n = 1; n <= length; n++) {
    const next = nextStoredEntry(entries.at(-1)?.entry ?? null, {
      homeId: 'hom_01JD7Y3Q2M8R4T6V8X0Z2B4D6F',
      at: new Date(Date.UTC(2026, 5, 1) + n * 1000).toISOString(),
      kind: n % 2 ? 'visit.arrived' : 'lock.unlocked',
      subject: `vis_01JD7Y3Q2M8R4T6V8X0Z2B${n % 1000}`,
      data: {
        deliveryId: `dlv_01JD7Y3Q2M8R4T6V8X0Z2B${n}`,
        personId: 'per_01JD7Y3Q2M8R4T6V8X0Z2B4D6F',
        accessPointId: 'acp_01JD7Y3Q2M8R4T6V8X0Z2B4D6F',
        position: { lat: '51.50080', lon: '-0.12460', accuracyMeters: 8 },
        device: { id: 'dev_7x3kq2m8r4t6v8x0z2b4d6f', seq: n, battery: 80 },
        checks: ['person_assigned', 'within_window', 'within_geofence', 'devices_ready'],
        passed: true,
      },
    });
    if (!next.ok) throw new Error(`bench chain refused: ${JSON.stringify(next.error)}`);
    entries.push(next.value);
  }
  return entries;
}

/**
 * Median CPU time of one call of each of `runs`, their batches taken in turn (a batch of each, then again), so a
 * change of load in the middle of the run reaches every figure alike and the ratios between them hold.
 */
function interleaved(plan: Plan, runs: readonly (() => void)[]): number[] {
  const times = runs.map((): number[] => []);
  for (let b = -2; b < plan.batches; b++) {
    for (const [i, run] of runs.entries()) {
      const start = process.cpuUsage();
      run();
      const used = process.cpuUsage(start);
      if (b >= 0) times[i]!.push(used.user + used.system);
    }
  }
  return times.map((t) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!);
}

const each =
  <T>(items: readonly T[], digest: (item: T) => string) =>
  () => {
    for (const item of items) digest(item);
  };

/** The entry as verification reads it from the store: its data text, not the value. */
const asStored = ({ data: _data, ...frame }: LedgerEntry, dataText: string): StoredEntry => ({ ...frame, dataText });

async function ledger(plan: Plan): Promise<void> {
  const chain = ledgerChain(plan.chainLength);
  const entries = chain.map((c) => c.entry);
  // The entries as the server reads them (decoded from a row's bytes: flat strings, not the ropes the writer built),
  // with the data text stored since append writes the canonical text, with the text rows written before hold
  // (JSON.stringify in the caller's key order, which verification must write canonically again), and parsed, as
  // entryOfRow gives them to verifyChain.
  const readBack = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  const stored = readBack(chain.map((c) => asStored(c.entry, c.dataText)));
  const storedBefore = readBack(chain.map((c) => asStored(c.entry, JSON.stringify(c.entry.data))));
  const parsedEntries = readBack(entries);
  const texts = entries.map((e) => {
    const input = entryHashInput(e);
    if (!input.ok) throw new Error('bench entry refused');
    return input.value;
  });
  const bytes = texts.map((t) => Buffer.from(t, 'utf8'));
  const n = entries.length;
  const verify = (sha256?: TextSha256) => () => {
    if (!verifyChain(entries, sha256 ? { sha256 } : {}).ok) throw new Error('bench chain does not verify');
  };
  const verifyParsed = (sha256: TextSha256) => () => {
    if (!verifyChain(parsedEntries, { sha256 }).ok) throw new Error('bench chain does not verify');
  };
  // What the server's walk did per page before: entryOfRow parsed each row's text, then verifyChain re-encoded it.
  const verifyRows = (sha256: TextSha256) => () => {
    const page = storedBefore.map(({ dataText, ...frame }): LedgerEntry => ({ ...frame, data: JSON.parse(dataText) }));
    if (!verifyChain(page, { sha256 }).ok) throw new Error('bench chain does not verify');
  };
  const verifyStored = (texts: readonly StoredEntry[], sha256?: TextSha256) => () => {
    if (!verifyStoredChain(texts, sha256 ? { sha256 } : {}).ok) throw new Error('bench chain does not verify');
  };
  const createHashSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  const verifications: [string, () => void][] = [
    ['stored text, server hasher (as the server runs it)', verifyStored(stored, nativeSha256)],
    ["stored text, core's own SHA-256", verifyStored(stored)],
    ['stored text of a row written before (fallback)', verifyStored(storedBefore, nativeSha256)],
    ['row text parsed then re-encoded (the server before)', verifyRows(nativeSha256)],
    ['re-encoded value read back, server hasher', verifyParsed(nativeSha256)],
    ['re-encoded value, server hasher (one-shot hash)', verify(nativeSha256)],
    ['re-encoded value, node:crypto createHash', verify(createHashSha256)],
    ["re-encoded value, core's own SHA-256 (@noble/hashes)", verify()],
  ];
  // The floor: SHA-256 of each entry's hash input already built, by whichever raw node:crypto call is fastest in
  // this run, so the ratio flatters nothing.
  const floors: [string, () => void][] = [
    ['floor: hash() of the built text', each(texts, (t) => hash('sha256', t, 'hex'))],
    ['floor: hash() of its bytes', each(bytes, (b) => hash('sha256', b, 'hex'))],
    ['floor: createHash() of its bytes', each(bytes, (b) => createHash('sha256').update(b).digest('hex'))],
  ];
  const all = [...verifications, ...floors];
  const batchUs = interleaved(
    plan,
    all.map(([, run]) => run),
  );
  const floor = Math.min(...batchUs.slice(verifications.length));
  const perSecond = (us: number) => `${Math.round((n * 1e6) / us / 1000)}k entries/s`;
  const meanBytes = Math.round(bytes.reduce((sum, b) => sum + b.length, 0) / n);
  console.log(
    `\nledger verification (verifyStoredChain / verifyChain over ${n} entries, ${meanBytes} bytes hashed per entry)`,
  );
  for (const [i, [label]] of all.entries()) {
    const v = batchUs[i]!;
    console.log(
      `  ${label.padEnd(52)} ${perSecond(v).padStart(16)} (${us(v / n)} per entry)   ${(v / floor).toFixed(1)}x floor`,
    );
  }
}

async function capability(plan: Plan): Promise<void> {
  const keys = generateKeyPair();
  const signer = { kid: 'platform-1', privateKey: keys.privateKey, publicKey: keys.publicKey };
  const pinnedKeys = new Map([[signer.kid, keys.publicKey]]);
  const nowMs = Date.parse('2026-06-01T09:00:00Z');
  const c = { lock: 'lk-7x3kq2m2r4t6v6x2z2b4d6fabc', visit: 'vis_01JD7Y3Q2M8R4T6V8X0Z2B4D6F', nowMs, ttlSeconds: 60 };
  const tokens: string[] = [];
  for (let i = 0; i < plan.calls; i++) tokens.push(await issueCapability(signer, { ...c, nonce: newNonce() }));
  const priv = privateKeyObject(keys.privateKey)!;
  const pub = publicKeyObject(keys.publicKey)!;
  const signingInput = Buffer.from(tokens[0]!.split('.').slice(0, 2).join('.'));
  const signature = Buffer.from(tokens[0]!.split('.')[2]!, 'base64url');
  const rawSign = await perCall(plan, plan.calls, () => sign(null, signingInput, priv));
  const rawVerify = await perCall(plan, plan.calls, () => verify(null, signingInput, pub, signature));
  const issue = await perCall(plan, plan.calls, (i) => issueCapability(signer, { ...c, nonce: tokens[i]!.slice(-22) }));
  let nonces = new NonceCache();
  const check = await perCall(plan, plan.calls, async (i) => {
    if (i === 0) nonces = new NonceCache();
    const result = await verifyCapability(tokens[i]!, { pinnedKeys, audience: c.lock, nowMs, nonces });
    if (!result.ok) throw new Error(`bench capability refused: ${JSON.stringify(result)}`);
  });
  console.log('\nunlock capability (compact JWS, EdDSA), per call');
  console.log(row('  issueCapability', issue, rawSign, 'node:crypto Ed25519 sign'));
  console.log(row('  verifyCapability', check, rawVerify, 'node:crypto Ed25519 verify'));
}

export async function coreBench(argv: readonly string[]): Promise<number> {
  if (argv.some((a) => a !== '--quick')) {
    console.error('usage: npm run bench -- core [--quick]');
    return 2;
  }
  const plan = argv.includes('--quick') ? QUICK : FULL;
  console.log(
    `plan: CPU time per call, medians of ${plan.batches} batches (${plan.calls} calls; ledger: one chain of ${plan.chainLength})`,
  );
  await checks(plan);
  await ledger(plan);
  await capability(plan);
  return 0;
}
