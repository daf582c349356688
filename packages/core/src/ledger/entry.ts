import { type CanonicalError, type JsonObject, toCanonicalJson } from './canonical.js';
import { writeString, writeValue } from './canonical-writer.js';
import { isHashHex, isIsoUtc, type TextSha256, textSha256, ZERO_HASH } from './hash.js';

/**
 * One fact about a home. `seq` is 1-based and contiguous per home; `prevHash` is the `hash` of entry `seq - 1`
 * (ZERO_HASH for seq 1); `hash` covers every other field. See docs/ledger.md "Entries".
 */
export type LedgerEntry = {
  homeId: string;
  seq: number;
  at: string;
  kind: string;
  subject: string | null;
  data: JsonObject;
  prevHash: string;
  hash: string;
};

export type UnhashedEntry = Omit<LedgerEntry, 'hash'>;
export type EntryInput = Pick<LedgerEntry, 'homeId' | 'at' | 'kind' | 'subject' | 'data'>;

export type EntryProblem =
  | 'invalid_home_id'
  | 'invalid_seq'
  | 'invalid_at'
  | 'invalid_kind'
  | 'invalid_subject'
  | 'invalid_data'
  | 'invalid_prev_hash'
  | 'wrong_home';

/** `detail` says which part of `data` has no canonical form when the problem is 'invalid_data'. */
export type EntryError = { problem: EntryProblem; detail?: CanonicalError };
export type EntryResult<T> = { ok: true; value: T } | { ok: false; error: EntryError };

/** Separates entry hashes from every other SHA-256 input in the system (checkpoint payloads, Merkle nodes). */
export const ENTRY_DOMAIN = 'threshold.ledger.entry.v1\n';

const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function fieldProblem(fields: UnhashedEntry, checkedPrevHash: string | undefined): EntryProblem | null {
  if (!nonEmptyString(fields.homeId)) return 'invalid_home_id';
  if (!Number.isSafeInteger(fields.seq) || fields.seq < 1) return 'invalid_seq';
  if (!isIsoUtc(fields.at)) return 'invalid_at';
  if (!nonEmptyString(fields.kind)) return 'invalid_kind';
  if (fields.subject !== null && !nonEmptyString(fields.subject)) return 'invalid_subject';
  if (typeof fields.data !== 'object' || fields.data === null || Array.isArray(fields.data)) return 'invalid_data';
  if (fields.prevHash !== checkedPrevHash && !isHashHex(fields.prevHash)) return 'invalid_prev_hash';
  return null;
}

const AT_PREFIX = `${ENTRY_DOMAIN}{"at":"`;

/**
 * The entry's canonical text written straight out, its seven keys being fixed and in order: `at` and `prevHash` have
 * passed isIsoUtc and isHashHex, so they need no escaping; `seq` is a safe integer. Undefined when any part is
 * refused, which toCanonicalJson then names.
 */
function entryText(fields: UnhashedEntry): string | undefined {
  const data = writeValue(fields.data, 1);
  const homeId = writeString(fields.homeId);
  const kind = writeString(fields.kind);
  const subject = fields.subject === null ? 'null' : writeString(fields.subject);
  if (typeof data !== 'string' || typeof homeId !== 'string' || typeof kind !== 'string') return undefined;
  if (typeof subject !== 'string') return undefined;
  const { at, prevHash, seq } = fields;
  return `${AT_PREFIX}${at}","data":${data},"homeId":${homeId},"kind":${kind},"prevHash":"${prevHash}","seq":${seq},"subject":${subject}}`;
}

/**
 * The exact bytes an entry hash covers: ENTRY_DOMAIN followed by the RFC 8785 JSON of the seven fields other than
 * `hash`. Extra properties on `fields` are ignored, so a row read back with store-only columns hashes the same.
 * `checkedPrevHash` is a hash the caller has already found well formed (a chain walk: the previous entry's); a
 * `prevHash` identical to it is not checked again.
 */
export function entryHashInput(fields: UnhashedEntry, checkedPrevHash?: string): EntryResult<string> {
  const problem = fieldProblem(fields, checkedPrevHash);
  if (problem) return { ok: false, error: { problem } };
  const text = entryText(fields);
  if (text !== undefined) return { ok: true, value: text };
  const { homeId, seq, at, kind, subject, data, prevHash } = fields;
  const json = toCanonicalJson({ at, data, homeId, kind, prevHash, seq, subject });
  if (!json.ok) return { ok: false, error: { problem: 'invalid_data', detail: json.error } };
  return { ok: true, value: ENTRY_DOMAIN + json.value };
}

/** Lowercase hex SHA-256 of `entryHashInput(fields, checkedPrevHash)` (`sha256`: see TextSha256). */
export function hashEntry(
  fields: UnhashedEntry,
  sha256: TextSha256 = textSha256,
  checkedPrevHash?: string,
): EntryResult<string> {
  const input = entryHashInput(fields, checkedPrevHash);
  return input.ok ? { ok: true, value: sha256(input.value) } : input;
}

/** The entry that follows `prev` (or starts the ledger when `prev` is null), hashed and linked. */
export function nextEntry(
  prev: LedgerEntry | null,
  input: EntryInput,
  sha256: TextSha256 = textSha256,
): EntryResult<LedgerEntry> {
  if (prev !== null && prev.homeId !== input.homeId) return { ok: false, error: { problem: 'wrong_home' } };
  const fields: UnhashedEntry = {
    homeId: input.homeId,
    seq: prev === null ? 1 : prev.seq + 1,
    at: input.at,
    kind: input.kind,
    subject: input.subject,
    data: input.data,
    prevHash: prev === null ? ZERO_HASH : prev.hash,
  };
  const hash = hashEntry(fields, sha256);
  return hash.ok ? { ok: true, value: { ...fields, hash: hash.value } } : hash;
}
