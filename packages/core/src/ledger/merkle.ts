import { bytesToHex, hexToBytes, isHashHex, sha256Bytes, sha256Hex } from './hash.js';

/**
 * The Merkle tree of RFC 9162 §2.1 over a ledger's entry hashes, leaf i being entry seq i + 1. Leaves and nodes are
 * domain-separated (leaf = SHA-256(0x00 || entry hash bytes), node = SHA-256(0x01 || left || right)) so that no
 * leaf can pose as an inner node.
 */
export type MerkleTree = {
  readonly size: number;
  /** levels[0] holds the leaf hashes; levels[h][i] is MTH of leaves [i·2^h, min((i+1)·2^h, size)). */
  readonly levels: readonly (readonly Uint8Array[])[];
};

export type MerkleError = 'index_out_of_range' | 'size_out_of_range';
export type MerkleResult<T> = { ok: true; value: T } | { ok: false; error: MerkleError };

const LEAF = Uint8Array.of(0x00);
const NODE = Uint8Array.of(0x01);

/** MTH({}) = SHA-256 of the empty string (RFC 9162 §2.1.1). */
export const EMPTY_ROOT = sha256Hex();

export function leafHash(entryHash: string): string {
  return sha256Hex(LEAF, hexToBytes(entryHash));
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256Bytes(NODE, left, right);
}

/**
 * Builds every level bottom-up; an unpaired last node moves up unchanged, which yields exactly RFC 9162's split at
 * the largest power of two. `leaves` are entry hashes (64 lowercase hex characters); other input throws.
 */
export function buildMerkleTree(leaves: readonly string[]): MerkleTree {
  const levels: Uint8Array[][] = [leaves.map((h) => sha256Bytes(LEAF, hexToBytes(h)))];
  for (let level = levels[0]!; level.length > 1; ) {
    const up: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      up.push(i + 1 < level.length ? nodeHash(level[i]!, level[i + 1]!) : level[i]!);
    }
    levels.push(up);
    level = up;
  }
  return { size: leaves.length, levels };
}

/** MTH(D[lo:hi]) for a range that is a node of `tree`: at level ceil(log2(hi - lo)), index lo / 2^level. */
export function subtreeHash(tree: MerkleTree, lo: number, hi: number): Uint8Array {
  const level = 32 - Math.clz32(hi - lo - 1);
  return tree.levels[level]![lo / 2 ** level]!;
}

export function treeRoot(tree: MerkleTree): string {
  return tree.size === 0 ? EMPTY_ROOT : bytesToHex(subtreeHash(tree, 0, tree.size));
}

export function merkleRoot(leaves: readonly string[]): string {
  return treeRoot(buildMerkleTree(leaves));
}

/** The k of RFC 9162 §2.1.1: the largest power of two smaller than n (n > 1). */
export function splitPoint(n: number): number {
  return 2 ** (31 - Math.clz32(n - 1));
}

/** PATH(m, D[lo:hi]) of RFC 9162 §2.1.3.1, nearest sibling first. */
function path(tree: MerkleTree, m: number, lo: number, hi: number): Uint8Array[] {
  if (hi - lo <= 1) return [];
  const k = splitPoint(hi - lo);
  if (m < k) return [...path(tree, m, lo, lo + k), subtreeHash(tree, lo + k, hi)];
  return [...path(tree, m - k, lo + k, hi), subtreeHash(tree, lo, lo + k)];
}

export function proveInclusion(tree: MerkleTree, index: number): MerkleResult<string[]> {
  if (!Number.isSafeInteger(index) || index < 0 || index >= tree.size)
    return { ok: false, error: 'index_out_of_range' };
  return { ok: true, value: path(tree, index, 0, tree.size).map(bytesToHex) };
}

export function inclusionProof(leaves: readonly string[], index: number): MerkleResult<string[]> {
  return proveInclusion(buildMerkleTree(leaves), index);
}

const isSize = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;
// Plain arithmetic rather than bit operators, which would truncate sizes to 32 bits.
export const isLsbSet = (n: number): boolean => n % 2 === 1;
export const half = (n: number): number => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2, step by step. `leafHashHex` is leafHash(entry hash), not the entry hash itself. */
export function verifyInclusion(
  leafHashHex: string,
  index: number,
  treeSize: number,
  proof: readonly string[],
  root: string,
): boolean {
  if (!isSize(index) || !isSize(treeSize) || index >= treeSize) return false;
  if (!isHashHex(leafHashHex) || !isHashHex(root) || !proof.every(isHashHex)) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r: Uint8Array = hexToBytes(leafHashHex);
  for (const p of proof) {
    if (sn === 0) return false;
    if (isLsbSet(fn) || fn === sn) {
      r = nodeHash(hexToBytes(p), r);
      while (!isLsbSet(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, hexToBytes(p));
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && bytesToHex(r) === root;
}
