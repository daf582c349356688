import { bytesToHex, hexToBytes, isHashHex } from './hash.js';
import {
  buildMerkleTree,
  EMPTY_ROOT,
  half,
  isLsbSet,
  type MerkleResult,
  type MerkleTree,
  nodeHash,
  splitPoint,
  subtreeHash,
} from './merkle.js';

/** SUBPROOF(m, D[lo:hi], whole) of RFC 9162 §2.1.4.1. */
function subproof(tree: MerkleTree, m: number, lo: number, hi: number, whole: boolean): Uint8Array[] {
  if (m === hi - lo) return whole ? [] : [subtreeHash(tree, lo, hi)];
  const k = splitPoint(hi - lo);
  if (m <= k) return [...subproof(tree, m, lo, lo + k, whole), subtreeHash(tree, lo + k, hi)];
  return [...subproof(tree, m - k, lo + k, hi, false), subtreeHash(tree, lo, lo + k)];
}

/** Proof that the first `oldSize` leaves of `tree` are the whole of an older tree; empty when oldSize is 0. */
export function proveConsistency(tree: MerkleTree, oldSize: number): MerkleResult<string[]> {
  if (!Number.isSafeInteger(oldSize) || oldSize < 0 || oldSize > tree.size) {
    return { ok: false, error: 'size_out_of_range' };
  }
  if (oldSize === 0) return { ok: true, value: [] };
  return { ok: true, value: subproof(tree, oldSize, 0, tree.size, true).map(bytesToHex) };
}

export function consistencyProof(leaves: readonly string[], oldSize: number): MerkleResult<string[]> {
  return proveConsistency(buildMerkleTree(leaves), oldSize);
}

const isPowerOfTwo = (n: number): boolean => n > 0 && 2 ** Math.floor(Math.log2(n)) === n;

/** Steps 2 to 6 of RFC 9162 §2.1.4.2, for 0 < oldSize < newSize and a path already prefixed per step 1. */
function walk(oldSize: number, newSize: number, oldRoot: string, newRoot: string, path: Uint8Array[]): boolean {
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (isLsbSet(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isLsbSet(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isLsbSet(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && bytesToHex(fr) === oldRoot && bytesToHex(sr) === newRoot;
}

/** True when the tree of `newSize` leaves with `newRoot` extends the tree of `oldSize` leaves with `oldRoot`. */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: string,
  newRoot: string,
  proof: readonly string[],
): boolean {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) {
    return false;
  }
  if (!isHashHex(oldRoot) || !isHashHex(newRoot) || !proof.every(isHashHex)) return false;
  // Every tree extends the empty one, and a tree only extends itself; neither needs a path.
  if (oldSize === 0) return proof.length === 0 && oldRoot === EMPTY_ROOT;
  if (oldSize === newSize) return proof.length === 0 && oldRoot === newRoot;
  const path = proof.map((p) => hexToBytes(p));
  if (isPowerOfTwo(oldSize)) path.unshift(hexToBytes(oldRoot));
  return path.length > 0 && walk(oldSize, newSize, oldRoot, newRoot, path);
}
