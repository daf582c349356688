import { createHash } from 'node:crypto';
import {
  type BundleProblem,
  type Checkpoint,
  CLIP_STORED,
  checkpointPayload,
  type EvidenceBundle,
  type LedgerEntry,
  type VisitStatement,
  verifyBundle,
  verifyCheckpoint,
  verifyConsistency,
  visitStatementPayload,
} from '@threshold/core/ledger/index';
import { deviceIdOf, fingerprint, keyTimeProblem, type PlatformKey, rawKeyOf, verifyEd25519 } from './keys.js';

// Every check of docs/ledger.md §8, offline: the platform's signatures (with the key's lifetime), the entries and
// their inclusion proofs, the statement of which entries the visit has, each clip's signed event from its camera,
// a clip file against the ledger, and a kept checkpoint against the bundle's.

export type CameraEvent = { clipId: string; deviceId: string; publicKey: string; event: Record<string, unknown> };
export type Consistency = { fromSize: number; toSize: number; proof: string[] };
export type Evidence = EvidenceBundle & {
  visit?: VisitStatement;
  cameraEvents?: CameraEvent[];
  keys?: PlatformKey[];
  consistency?: Consistency;
};

export interface VerifyInput {
  bundle: Evidence;
  /** The platform keys the customer trusts (`--key`); null to take the bundle's own, with a warning. */
  keys: PlatformKey[] | null;
  clips?: { name: string; bytes: Uint8Array }[];
  /** An earlier checkpoint the customer kept, and the consistency proof from it when not in the bundle. */
  kept?: Checkpoint;
  consistency?: Consistency;
  /** The camera key the customer noted at pairing, in place of the bundle's. */
  deviceKey?: string;
}

export type Check = { name: string; ok: boolean; detail: string };
export type Report = { ok: boolean; checks: Check[]; warnings: string[] };

const pass = (name: string, detail: string): Check => ({ name, ok: true, detail });
const failure = (name: string, detail: string): Check => ({ name, ok: false, detail });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Signed = { kid: string; at: string; payload: string; sig: string };
type KeyVerdict = { ok: true; key: PlatformKey } | { ok: false; detail: string };

/** A key among `keys` that signed `s` and was in service at `s.at`. */
function signedBy(keys: readonly PlatformKey[], s: Signed): KeyVerdict {
  const named = keys.filter((k) => k.kid === null || k.kid === s.kid);
  if (named.length === 0) return { ok: false, detail: `no platform key named ${s.kid}` };
  const key = named.find((k) => verifyEd25519(k.publicKey, s.payload, s.sig));
  if (!key) return { ok: false, detail: `the signature does not verify with key ${s.kid}` };
  const tooLate = keyTimeProblem(key, s.at);
  return tooLate ? { ok: false, detail: tooLate } : { ok: true, key };
}

const keyName = (k: PlatformKey) => `${k.kid ?? 'given'} (fingerprint ${fingerprint(k.publicKey)})`;

function checkpointCheck(name: string, cp: Checkpoint, keys: readonly PlatformKey[]): Check {
  const shape = verifyCheckpoint(cp, () => true);
  if (!shape.ok) return failure(name, 'the checkpoint is malformed (docs/ledger.md §6)');
  const by = signedBy(keys, { kid: cp.kid, at: cp.at, payload: checkpointPayload(cp), sig: cp.sig });
  if (!by.ok) return failure(name, by.detail);
  return pass(name, `${cp.treeSize} entries, root ${cp.rootHash}, made ${cp.at}, signed by ${keyName(by.key)}`);
}

const PROBLEM_WORDS: Record<BundleProblem['problem'], string> = {
  unsupported_version: 'the bundle version is not 1',
  malformed: 'the bundle is malformed',
  bad_signature: 'the checkpoint signature does not verify',
  wrong_home: 'belongs to another home than the checkpoint',
  reordered: 'is out of seq order',
  hash_mismatch: 'does not hash to its `hash` (edited)',
  out_of_range: 'has a seq outside the checkpoint',
  missing_proof: 'has no inclusion proof',
  not_included: 'is not in the checkpoint tree (inclusion proof fails)',
  broken_link: 'does not link to the entry before it (prevHash)',
  clip_unproven: 'is listed in `clips` but recorded by no proven entry',
};

function entriesCheck(bundle: Evidence): Check {
  const name = 'entries';
  // The checkpoint's signature is judged by checkpointCheck (with the key's lifetime); here the entries and the tree.
  const result = verifyBundle(bundle, () => true);
  if (result.ok) {
    return pass(name, `${bundle.entries.length} entries hash correctly and are in the checkpoint tree (RFC 9162)`);
  }
  const words = result.problems.map((p) => {
    const what = p.clipId ? `clip ${p.clipId}` : p.seq === null ? 'the bundle' : `entry ${p.seq}`;
    return `${what} ${PROBLEM_WORDS[p.problem]}`;
  });
  return failure(name, words.join('; '));
}

/** The bundle holds exactly the entries the platform's signed statement says the visit has. */
function completenessCheck(bundle: Evidence, keys: readonly PlatformKey[]): Check {
  const name = 'completeness';
  const st = bundle.visit;
  if (!isObject(st)) return failure(name, 'the bundle has no `visit` statement of which entries the visit has');
  let payload: string;
  try {
    payload = visitStatementPayload(st);
  } catch {
    return failure(name, 'the `visit` statement is malformed');
  }
  const by = signedBy(keys, { kid: st.kid, at: st.at, payload, sig: st.sig });
  if (!by.ok) return failure(name, `the visit statement: ${by.detail}`);
  const cp = bundle.checkpoint;
  if (st.homeId !== cp.homeId || st.treeSize !== cp.treeSize || st.rootHash !== cp.rootHash) {
    return failure(name, 'the visit statement is about another checkpoint than the bundle');
  }
  const { entries } = bundle;
  const subjects = new Set(st.subjects);
  const foreign = entries.find((e) => !subjects.has(e.subject ?? ''));
  if (foreign) return failure(name, `entry ${foreign.seq} is not about visit ${st.visitId} or its clips`);
  const seqs = `${entries[0]?.seq ?? 0}…${entries.at(-1)?.seq ?? 0}`;
  if (entries.length !== st.entryCount || seqs !== `${st.firstSeq}…${st.lastSeq}`) {
    return failure(
      name,
      `the platform states ${st.entryCount} entries (seq ${st.firstSeq}…${st.lastSeq}) for visit ${st.visitId}, ` +
        `the bundle holds ${entries.length} (seq ${seqs}): an entry is missing or added`,
    );
  }
  return pass(name, `all ${st.entryCount} entries of visit ${st.visitId} (seq ${seqs}), as the platform signed`);
}

/** RFC 8785 of a device envelope (docs/protocol.md: numbers in their shortest ECMAScript form, as JSON.stringify). */
function envelopeJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(envelopeJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${envelopeJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function cameraCheck(entry: LedgerEntry, events: readonly CameraEvent[], deviceKey: string | undefined): Check {
  const name = `camera event of ${entry.subject}`;
  const found = events.find((c) => c.clipId === entry.subject);
  if (!found || !isObject(found.event))
    return failure(name, `no signed clip event from the camera (entry ${entry.seq})`);
  const { sig, ...unsigned } = found.event;
  const key = deviceKey ?? found.publicKey;
  if (deviceIdOf('cam', key) !== found.deviceId) {
    return failure(name, `key ${fingerprint(key)} is not camera ${found.deviceId}'s own (its id derives from its key)`);
  }
  if (!verifyEd25519(key, envelopeJson(unsigned), sig)) {
    return failure(name, `the camera's signature does not verify with key ${fingerprint(key)}`);
  }
  const data = isObject(unsigned.data) ? unsigned.data : {};
  const same = (k: string) => data[k] === entry.data[k];
  const device = unsigned.device === found.deviceId && found.deviceId === entry.data.deviceId;
  if (unsigned.type !== 'clip' || !device || !['sha256', 'session', 'bytes'].every(same)) {
    return failure(name, `the camera signed another clip than ledger entry ${entry.seq} records`);
  }
  const source = deviceKey ? 'the key you gave' : 'its key as pinned at pairing';
  return pass(
    name,
    `${found.deviceId} signed sha256 ${entry.data.sha256} (${source}, fingerprint ${fingerprint(key)})`,
  );
}

function clipFileCheck(clip: { name: string; bytes: Uint8Array }, stored: readonly LedgerEntry[]): Check {
  const name = `clip file ${clip.name}`;
  const sha256 = createHash('sha256').update(clip.bytes).digest('hex');
  const entry = stored.find((e) => e.data.sha256 === sha256);
  if (!entry)
    return failure(name, `its sha256 ${sha256} is no clip.stored entry of this visit (altered or another clip)`);
  return pass(name, `sha256 ${sha256} is clip ${entry.subject} (ledger entry ${entry.seq})`);
}

function consistencyCheck(kept: Checkpoint, input: VerifyInput, keys: readonly PlatformKey[]): Check[] {
  const keptCheck = checkpointCheck('kept checkpoint', kept, keys);
  const cp = input.bundle.checkpoint;
  const name = 'consistency';
  if (!keptCheck.ok) return [keptCheck];
  if (kept.homeId !== cp.homeId) return [keptCheck, failure(name, 'the kept checkpoint is of another home')];
  if (kept.treeSize > cp.treeSize) {
    return [
      keptCheck,
      failure(
        name,
        `the kept checkpoint (${kept.treeSize}) is newer than the bundle's: ask for ?since=${kept.treeSize}`,
      ),
    ];
  }
  const proof = input.consistency ?? input.bundle.consistency;
  if (!proof || proof.fromSize !== kept.treeSize || proof.toSize !== cp.treeSize || !Array.isArray(proof.proof)) {
    return [keptCheck, failure(name, `no consistency proof from ${kept.treeSize} to ${cp.treeSize} entries`)];
  }
  if (!verifyConsistency(kept.treeSize, cp.treeSize, kept.rootHash, cp.rootHash, proof.proof)) {
    return [
      keptCheck,
      failure(
        name,
        `the ledger of ${cp.treeSize} entries does not extend the kept one of ${kept.treeSize}: history was rewritten, or the proof is wrong`,
      ),
    ];
  }
  return [
    keptCheck,
    pass(name, `the ledger of ${cp.treeSize} entries extends the kept one of ${kept.treeSize} (RFC 9162)`),
  ];
}

function platformKeys(input: VerifyInput, warnings: string[]): PlatformKey[] {
  if (input.keys) return input.keys;
  const carried = (input.bundle.keys ?? []).flatMap((k) => {
    const raw = isObject(k) && typeof k.publicKey === 'string' ? rawKeyOf(k.publicKey) : null;
    return raw ? [{ ...k, publicKey: raw }] : [];
  });
  warnings.push(
    "the platform keys were taken from the bundle itself: that is the platform's word. Pass --key with the key " +
      'published at GET /v1/platform/keys (or its fingerprint as the README prints it) to make it yours.',
  );
  return carried;
}

function shapeProblem(bundle: unknown): string | null {
  if (!isObject(bundle)) return 'the bundle is not a JSON object';
  if (bundle.version !== 1) return 'the bundle version is not 1';
  if (!isObject(bundle.checkpoint) || !Array.isArray(bundle.entries) || !Array.isArray(bundle.proofs)) {
    return 'the bundle lacks its checkpoint, entries or proofs';
  }
  return bundle.entries.every((e) => isObject(e) && isObject(e.data)) ? null : 'an entry is not an object with data';
}

/** Runs every check that the input allows; `ok` only when all pass. */
export function verifyEvidence(input: VerifyInput): Report {
  const warnings: string[] = [];
  const shape = shapeProblem(input.bundle);
  if (shape) return { ok: false, checks: [failure('bundle', shape)], warnings };
  const { bundle } = input;
  const keys = platformKeys(input, warnings);
  const checks = [
    checkpointCheck('checkpoint signature', bundle.checkpoint, keys),
    entriesCheck({ ...bundle, clips: Array.isArray(bundle.clips) ? bundle.clips : [] }),
    completenessCheck(bundle, keys),
  ];
  const stored = bundle.entries.filter((e) => e.kind === CLIP_STORED);
  const events = Array.isArray(bundle.cameraEvents) ? bundle.cameraEvents : [];
  checks.push(...stored.map((e) => cameraCheck(e, events, input.deviceKey)));
  for (const clip of input.clips ?? []) checks.push(clipFileCheck(clip, stored));
  if (input.kept) checks.push(...consistencyCheck(input.kept, input, keys));
  return { ok: checks.every((c) => c.ok), checks, warnings };
}
