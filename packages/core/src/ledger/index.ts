export * from './bundle.js';
export * from './bundle-verify.js';
export * from './canonical.js';
export * from './checkpoint.js';
export * from './entry.js';
export { isHashHex, isIsoUtc, type TextSha256, textSha256, ZERO_HASH } from './hash.js';
export {
  buildMerkleTree,
  EMPTY_ROOT,
  inclusionProof,
  leafHash,
  type MerkleError,
  type MerkleResult,
  type MerkleTree,
  merkleRoot,
  proveInclusion,
  treeRoot,
  verifyInclusion,
} from './merkle.js';
export { consistencyProof, proveConsistency, verifyConsistency } from './merkle-consistency.js';
export * from './verify.js';
export * from './visit-statement.js';
