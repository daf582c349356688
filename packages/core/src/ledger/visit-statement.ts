import { toCanonicalJson } from './canonical.js';

/**
 * The platform's signed word on which entries a visit's evidence bundle holds (docs/ledger.md "Which entries a
 * visit's bundle holds"): of the first `treeSize` entries of the home's ledger (the checkpoint's tree, `rootHash`),
 * exactly `entryCount` have a `subject` in `subjects` (the visit id and the ids of its clips), the first at
 * `firstSeq`, the last at `lastSeq`. A bundle that drops one of them no longer matches this statement.
 */
export type VisitStatement = {
  homeId: string;
  visitId: string;
  subjects: string[];
  entryCount: number;
  firstSeq: number;
  lastSeq: number;
  treeSize: number;
  rootHash: string;
  at: string;
  kid: string;
  sig: string;
};

export type UnsignedVisitStatement = Omit<VisitStatement, 'sig'>;

/** Keeps a statement's signature from being valid for a checkpoint or any other message the same key signs. */
export const VISIT_STATEMENT_DOMAIN = 'threshold.ledger.visit.v1\n';

/** The exact text that is signed: the domain followed by the RFC 8785 JSON of the ten unsigned fields. */
export function visitStatementPayload(st: UnsignedVisitStatement): string {
  const { homeId, visitId, subjects, entryCount, firstSeq, lastSeq, treeSize, rootHash, at, kid } = st;
  const fields = { homeId, visitId, subjects, entryCount, firstSeq, lastSeq, treeSize, rootHash, at, kid };
  const json = toCanonicalJson(fields);
  if (!json.ok) throw new TypeError(`visit statement field ${json.error.path} has no canonical form`);
  return VISIT_STATEMENT_DOMAIN + json.value;
}
