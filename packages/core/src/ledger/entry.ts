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

/**
 * An entry as a store holds it: `dataText` is the stored text of `data`, the very text its readers parse. Written
 * canonically at append (nextStoredEntry), so verifying it needs no writing of the data (hashStoredEntry); texts
 * stored before that are whatever the store wrote then.
 */
export type StoredEntry = Omit<LedgerEntry, 'data'> & { dataText: string };

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

// The frame's checks and text take the fields one by one rather than the object that holds them: entries, stored
// entries and appended fields are objects of different shapes, and reading each field once where it is met keeps
// these shared steps free of property look-ups that see every shape.

/** The checks of the fields before `data` in the order of EntryProblem; `prevHash`, after `data`, is checked apart. */
function frameProblem(
  homeId: string,
  seq: number,
  at: string,
  kind: string,
  subject: string | null,
): EntryProblem | null {
  if (!nonEmptyString(homeId)) return 'invalid_home_id';
  if (!Number.isSafeInteger(seq) || seq < 1) return 'invalid_seq';
  if (!isIsoUtc(at)) return 'invalid_at';
  if (!nonEmptyString(kind)) return 'invalid_kind';
  if (subject !== null && !nonEmptyString(subject)) return 'invalid_subject';
  return null;
}

function fieldProblem(fields: UnhashedEntry, checkedPrevHash: string | undefined): EntryProblem | null {
  const problem = frameProblem(fields.homeId, fields.seq, fields.at, fields.kind, fields.subject);
  if (problem) return problem;
  if (typeof fields.data !== 'object' || fields.data === null || Array.isArray(fields.data)) return 'invalid_data';
  if (fields.prevHash !== checkedPrevHash && !isHashHex(fields.prevHash)) return 'invalid_prev_hash';
  return null;
}

const AT_PREFIX = `${ENTRY_DOMAIN}{"at":"`;

/**
 * The entry's canonical text written straight out around the text of its data, its seven keys being fixed and in
 * order: `at` and `prevHash` have passed isIsoUtc and isHashHex, so they need no escaping; `seq` is a safe integer.
 * Undefined when `homeId`, `kind` or `subject` is refused, which toCanonicalJson then names.
 *
 * Every part but `data` is a checked or quoted field, so no `data` text other than the one written here yields this
 * same text: `data` starts at a fixed offset (`at` has a fixed length), and what follows it opens with `,"homeId":"`,
 * whose quote follows a comma and so is no string's content, while the rest of the frame holds no such sequence. A
 * hash of this text therefore proves the data text too (hashStoredEntry).
 */
function framedText(
  at: string,
  data: string,
  homeId: string,
  kind: string,
  prevHash: string,
  seq: number,
  subject: string | null,
): string | undefined {
  const home = writeString(homeId);
  const kindText = writeString(kind);
  const subjectText = subject === null ? 'null' : writeString(subject);
  if (typeof home !== 'string' || typeof kindText !== 'string' || typeof subjectText !== 'string') return undefined;
  return `${AT_PREFIX}${at}","data":${data},"homeId":${home},"kind":${kindText},"prevHash":"${prevHash}","seq":${seq},"subject":${subjectText}}`;
}

function fieldsText(fields: UnhashedEntry, data: string): string | undefined {
  const { at, homeId, kind, prevHash, seq, subject } = fields;
  return framedText(at, data, homeId, kind, prevHash, seq, subject);
}

/** The canonical text of an entry's data (the writer's, at depth 1 as in the entry), or undefined when refused. */
function dataTextOf(fields: UnhashedEntry): string | undefined {
  const data = writeValue(fields.data, 1);
  return typeof data === 'string' ? data : undefined;
}

/** Why an entry that passed fieldProblem has no text: the refused part, as toCanonicalJson names it. */
function refusal(fields: UnhashedEntry): EntryError {
  const { homeId, seq, at, kind, subject, data, prevHash } = fields;
  const json = toCanonicalJson({ at, data, homeId, kind, prevHash, seq, subject });
  return json.ok ? { problem: 'invalid_data' } : { problem: 'invalid_data', detail: json.error };
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
  const data = dataTextOf(fields);
  const text = data === undefined ? undefined : fieldsText(fields, data);
  return text === undefined ? { ok: false, error: refusal(fields) } : { ok: true, value: text };
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

function linked(prev: LedgerEntry | null, input: EntryInput): UnhashedEntry {
  return {
    homeId: input.homeId,
    seq: prev === null ? 1 : prev.seq + 1,
    at: input.at,
    kind: input.kind,
    subject: input.subject,
    data: input.data,
    prevHash: prev === null ? ZERO_HASH : prev.hash,
  };
}

/** The entry that follows `prev` (or starts the ledger when `prev` is null), hashed and linked. */
export function nextEntry(
  prev: LedgerEntry | null,
  input: EntryInput,
  sha256: TextSha256 = textSha256,
): EntryResult<LedgerEntry> {
  const next = nextStoredEntry(prev, input, sha256);
  return next.ok ? { ok: true, value: next.value.entry } : next;
}

/**
 * nextEntry, with the canonical text of `data` that the hash covers: the text a store keeps as the entry's data, so
 * that verification hashes it as it stands (hashStoredEntry) and readers parse exactly what was hashed.
 */
export function nextStoredEntry(
  prev: LedgerEntry | null,
  input: EntryInput,
  sha256: TextSha256 = textSha256,
): EntryResult<{ entry: LedgerEntry; dataText: string }> {
  if (prev !== null && prev.homeId !== input.homeId) return { ok: false, error: { problem: 'wrong_home' } };
  const fields = linked(prev, input);
  const problem = fieldProblem(fields, undefined);
  if (problem) return { ok: false, error: { problem } };
  const dataText = dataTextOf(fields);
  const text = dataText === undefined ? undefined : fieldsText(fields, dataText);
  if (dataText === undefined || text === undefined) return { ok: false, error: refusal(fields) };
  return { ok: true, value: { entry: { ...fields, hash: sha256(text) }, dataText } };
}

/** The stored text parsed as readers parse it; undefined when it is no JSON at all. */
function parsed(dataText: string): JsonObject | undefined {
  try {
    return JSON.parse(dataText) as JsonObject;
  } catch {
    return undefined;
  }
}

/**
 * The hash of a stored entry's content as readers see it: hashEntry of the entry with `data` = JSON.parse(dataText).
 * The frame is hashed around the stored text as it stands first, which is that same hash whenever the text is the
 * canonical one written at append (parsing and writing it again gives it back), and costs no writing of the data.
 * When that is not the entry's `hash` (a text stored before texts were canonical, or a changed one), the parsed text
 * is written canonically and hashed, and only that answer counts: a reordered or re-spaced text of the same value
 * verifies as it did before, a changed value fails as it did before.
 */
export function hashStoredEntry(
  entry: StoredEntry,
  sha256: TextSha256 = textSha256,
  checkedPrevHash?: string,
): EntryResult<string> {
  const { homeId, seq, at, kind, subject, dataText, prevHash } = entry;
  const problem = frameProblem(homeId, seq, at, kind, subject);
  if (problem) return { ok: false, error: { problem } };
  if (typeof dataText !== 'string') return { ok: false, error: { problem: 'invalid_data' } };
  if (prevHash !== checkedPrevHash && !isHashHex(prevHash))
    return { ok: false, error: { problem: 'invalid_prev_hash' } };
  const text = framedText(at, dataText, homeId, kind, prevHash, seq, subject);
  const hash = text === undefined ? undefined : sha256(text);
  if (hash !== undefined && hash === entry.hash) return { ok: true, value: hash };
  const data = parsed(dataText);
  if (data === undefined) return { ok: false, error: { problem: 'invalid_data' } };
  return hashEntry({ homeId, seq, at, kind, subject, data, prevHash }, sha256, checkedPrevHash);
}
