import {
  type Checkpoint,
  type EntryError,
  type JsonObject,
  type LedgerEntry,
  nextStoredEntry,
  type StoredEntry,
  ZERO_HASH,
} from '@threshold/core';
import type { Selectable } from 'kysely';
import { nativeSha256 } from '../crypto/sha256.js';
import type { Db } from './db.js';
import type { LedgerCheckpointsTable, LedgerEntriesTable } from './schema-visits.js';

// The per-home, hash-chained ledger (DESIGN.md "Ledger"; hashing rules in core/src/ledger). Appends run inside the
// caller's transaction, so a fact is recorded exactly when the change it describes commits (STYLE.md, habit 9).

export interface LedgerFact {
  homeId: string;
  /** ISO-8601 UTC with milliseconds, as `isoAt` writes it. */
  at: string;
  kind: string;
  /** What the fact is about (a visit, a clip, a grant…): the key `ledgerEntriesFor` looks up. */
  subject: string | null;
  /** Canonical JSON only (core/src/ledger/canonical.ts): no fractions, no undefined. */
  data: Record<string, unknown>;
}

/** A fact that no canonical JSON represents: a programming error of the caller, so it throws and rolls back. */
export class LedgerFactError extends Error {
  override name = 'LedgerFactError';
  constructor(
    readonly fact: LedgerFact,
    readonly problem: EntryError,
  ) {
    super(`ledger fact ${fact.kind} refused: ${problem.problem}${problem.detail ? ` at ${problem.detail.path}` : ''}`);
  }
}

type Head = { seq: number; hash: string };

/**
 * Reads the head, creating it for a home's first fact, in one statement. The no-op DO UPDATE makes PostgreSQL take the
 * head's row lock (as FOR UPDATE would), so appends to one home from several nodes queue up; SQLite has one writer,
 * which already serialises them.
 */
async function lockHead(db: Db, homeId: string): Promise<Head> {
  const head = await db
    .insertInto('ledger_heads')
    .values({ home_id: homeId, seq: 0, hash: ZERO_HASH })
    .onConflict((oc) => oc.column('home_id').doUpdateSet((eb) => ({ seq: eb.ref('ledger_heads.seq') })))
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

/** nextEntry only reads `seq`, `hash` and `homeId` of its predecessor; the head row holds exactly those. */
function headAsEntry(homeId: string, head: Head): LedgerEntry | null {
  if (head.seq === 0) return null;
  return { homeId, seq: head.seq, hash: head.hash, at: '', kind: '', subject: null, data: {}, prevHash: ZERO_HASH };
}

/** The new entries, each with the canonical text of its data that its hash covers. */
function chain(homeId: string, head: Head, facts: readonly LedgerFact[]): { entry: LedgerEntry; dataText: string }[] {
  const entries: { entry: LedgerEntry; dataText: string }[] = [];
  let prev = headAsEntry(homeId, head);
  for (const fact of facts) {
    const input = { homeId, at: fact.at, kind: fact.kind, subject: fact.subject, data: fact.data as JsonObject };
    const next = nextStoredEntry(prev, input, nativeSha256);
    if (!next.ok) throw new LedgerFactError(fact, next.error);
    entries.push(next.value);
    prev = next.value.entry;
  }
  return entries;
}

/**
 * `data` holds the canonical text the entry's hash covers (docs/decisions.md "Ledger verification: hashing the text
 * the store holds"): readers parse exactly what was hashed, and verification hashes it as it stands. Rows written
 * before hold JSON.stringify's text in the caller's key order, which verification writes canonically again.
 */
function toRow({ entry, dataText }: { entry: LedgerEntry; dataText: string }): Selectable<LedgerEntriesTable> {
  return {
    home_id: entry.homeId,
    seq: entry.seq,
    at: entry.at,
    kind: entry.kind,
    subject: entry.subject,
    data: dataText,
    prev_hash: entry.prevHash,
    hash: entry.hash,
  };
}

export function entryOfRow(row: Selectable<LedgerEntriesTable>): LedgerEntry {
  return {
    homeId: row.home_id,
    seq: Number(row.seq),
    at: row.at,
    kind: row.kind,
    subject: row.subject,
    data: JSON.parse(row.data) as JsonObject,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

async function appendToHome(db: Db, homeId: string, facts: readonly LedgerFact[]): Promise<LedgerEntry[]> {
  const entries = chain(homeId, await lockHead(db, homeId), facts);
  const last = entries.at(-1)?.entry;
  if (!last) return [];
  await db.insertInto('ledger_entries').values(entries.map(toRow)).execute();
  await db.updateTable('ledger_heads').set({ seq: last.seq, hash: last.hash }).where('home_id', '=', homeId).execute();
  return entries.map((e) => e.entry);
}

/**
 * Appends several facts in order: per home one head read (locked) and one head write. Call it inside the transaction
 * that makes the change the facts record. Returns the entries in the order of `facts`.
 */
export async function appendLedgerMany(tx: Db, facts: readonly LedgerFact[]): Promise<LedgerEntry[]> {
  const byHome = new Map<string, LedgerFact[]>();
  for (const fact of facts) byHome.set(fact.homeId, [...(byHome.get(fact.homeId) ?? []), fact]);
  const appended = new Map<LedgerFact, LedgerEntry>();
  for (const [homeId, homeFacts] of byHome) {
    const entries = await appendToHome(tx, homeId, homeFacts);
    for (const [i, fact] of homeFacts.entries()) appended.set(fact, entries[i]!);
  }
  return facts.map((fact) => appended.get(fact)!);
}

/** Appends one fact to its home's ledger, in the caller's transaction. */
export async function appendLedger(tx: Db, fact: LedgerFact): Promise<LedgerEntry> {
  const [entry] = await appendLedgerMany(tx, [fact]);
  return entry!;
}

/** One page of a home's ledger in seq order, starting after `afterSeq` (0 or absent: from the start). */
export async function listLedger(
  db: Db,
  homeId: string,
  page: { afterSeq?: number | undefined; limit: number },
): Promise<LedgerEntry[]> {
  const rows = await db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('home_id', '=', homeId)
    .where('seq', '>', page.afterSeq ?? 0)
    .orderBy('seq')
    .limit(page.limit)
    .execute();
  return rows.map(entryOfRow);
}

/**
 * listLedger's page as the store holds it, each entry with its data text unparsed (core's hashStoredEntry parses it
 * only when it does not hash as it stands): what verification reads. The columns are named as StoredEntry names them.
 */
export async function listStoredLedger(
  db: Db,
  homeId: string,
  page: { afterSeq: number; limit: number },
): Promise<StoredEntry[]> {
  return db
    .selectFrom('ledger_entries')
    .select(['home_id as homeId', 'seq', 'at', 'kind', 'subject', 'data as dataText', 'prev_hash as prevHash', 'hash'])
    .where('home_id', '=', homeId)
    .where('seq', '>', page.afterSeq)
    .orderBy('seq')
    .limit(page.limit)
    .execute();
}

/** Entries `fromSeq` through `toSeq`, both inclusive, in seq order. */
export async function readLedgerRange(db: Db, homeId: string, fromSeq: number, toSeq: number): Promise<LedgerEntry[]> {
  const rows = await db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('home_id', '=', homeId)
    .where('seq', '>=', fromSeq)
    .where('seq', '<=', toSeq)
    .orderBy('seq')
    .execute();
  return rows.map(entryOfRow);
}

/** Every entry about `subject` (a visit, a clip…, or any of several), in seq order. */
export async function ledgerEntriesFor(
  db: Db,
  homeId: string,
  subject: string | readonly string[],
): Promise<LedgerEntry[]> {
  const subjects = typeof subject === 'string' ? [subject] : [...subject];
  if (subjects.length === 0) return [];
  const rows = await db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('home_id', '=', homeId)
    .where('subject', 'in', subjects)
    .orderBy('seq')
    .execute();
  return rows.map(entryOfRow);
}

/** The head as the store records it: seq 0 and ZERO_HASH for a home with no entries. */
export async function ledgerHead(db: Db, homeId: string): Promise<Head> {
  const head = await db
    .selectFrom('ledger_heads')
    .select(['seq', 'hash'])
    .where('home_id', '=', homeId)
    .executeTakeFirst();
  return head ? { seq: Number(head.seq), hash: head.hash } : { seq: 0, hash: ZERO_HASH };
}

export function checkpointOfRow(row: Selectable<LedgerCheckpointsTable>): Checkpoint {
  return {
    homeId: row.home_id,
    treeSize: Number(row.tree_size),
    rootHash: row.root_hash,
    headHash: row.head_hash,
    at: row.at,
    kid: row.kid,
    sig: row.sig,
  };
}

/** Stores a checkpoint; one per tree size, so a second signer of the same size keeps the first. */
export async function insertCheckpoint(db: Db, cp: Checkpoint): Promise<void> {
  await db
    .insertInto('ledger_checkpoints')
    .values({
      home_id: cp.homeId,
      tree_size: cp.treeSize,
      root_hash: cp.rootHash,
      head_hash: cp.headHash,
      at: cp.at,
      kid: cp.kid,
      sig: cp.sig,
    })
    .onConflict((oc) => oc.columns(['home_id', 'tree_size']).doNothing())
    .execute();
}

/** The newest checkpoint of the home, or the smallest one covering `minSize` entries when given. */
export async function findCheckpoint(db: Db, homeId: string, minSize?: number): Promise<Checkpoint | undefined> {
  let query = db.selectFrom('ledger_checkpoints').selectAll().where('home_id', '=', homeId);
  query =
    minSize === undefined
      ? query.orderBy('tree_size', 'desc')
      : query.where('tree_size', '>=', minSize).orderBy('tree_size', 'asc');
  const row = await query.limit(1).executeTakeFirst();
  return row ? checkpointOfRow(row) : undefined;
}
