import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMerkleTree,
  consistencyProof,
  EMPTY_ROOT,
  inclusionProof,
  leafHash,
  merkleRoot,
  proveInclusion,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
} from '../src/ledger/index.js';
import { flipHex } from './ledger-fixtures.js';

// SHA-256 of 'a'..'e' stand in for entry hashes. Expected values were computed with Python's hashlib straight from
// the recursive definitions of RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1.
const D = [
  'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb',
  '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d',
  '2e7d2c03a9507ae265ecf5b5356885a53393a2029d241394997265a1a25aefc6',
  '18ac3e7343f016890c510e93f935261169d9e3f565436429830faf0934f4f8e4',
  '3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea',
];
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'a23bd5b06da9048238a65b3f1d9d0b9e15fae3dde262688e6489aa4c763d1820',
  'ad5ca6cddc0b27c6a83e332bf28011769236e6c6a1f786ebf7b5267b37a5bd22',
  'cac3d448d4e20a2ad5eae1f500e63c2a7f9217cd14572ba7fd22e26dc1ec2648',
  '3baac34fdbf4f2297a37c0613822d0c48efdcd6602ca7a4f48ceb31339ffb3d5',
  '4dc1abc938a0141a3c7cd1fed88948c35c4452e7e8aff9b1503eb5100a2c77b3',
];
const H_D3 = 'de22f76c222682c331f7dda7349654b6a9f4f710077025e9b29130023712780f'; // leaf hash of D[3]
const H_D4 = 'ccfa4ba2b7ea0f00e2ab8e295f288befbfd9f316b854edaccb5bfdca87970fc6'; // leaf hash of D[4]
const H_D23 = '52840e7b1da66a39188d5d2fa2b2bc5bff35fd3df4fe16781c8425b92115d077'; // MTH(D[2:4])
const H_D2 = '6a3fc11b79f836bda340e75c8906e961b8adf4d6a08a2b992e3f38cd6ff38ebf'; // leaf hash of D[2]

const proof = (leaves: string[], i: number) => {
  const p = inclusionProof(leaves, i);
  if (!p.ok) throw new Error(p.error);
  return p.value;
};
const consistency = (leaves: string[], m: number) => {
  const p = consistencyProof(leaves, m);
  if (!p.ok) throw new Error(p.error);
  return p.value;
};

describe('Merkle tree (RFC 9162 §2.1)', () => {
  it('computes hand-checked roots for 0 to 5 leaves', () => {
    expect(EMPTY_ROOT).toBe(ROOTS[0]);
    expect(ROOTS.map((_, n) => merkleRoot(D.slice(0, n)))).toEqual(ROOTS);
    expect(leafHash(D[3]!)).toBe(H_D3);
  });

  it('produces hand-checked inclusion proofs that verify', () => {
    expect(proof(D, 2)).toEqual([H_D3, ROOTS[2], H_D4]);
    expect(proof(D, 4)).toEqual([ROOTS[4]]);
    expect(proof(D.slice(0, 1), 0)).toEqual([]);
    expect(verifyInclusion(leafHash(D[2]!), 2, 5, [H_D3, ROOTS[2]!, H_D4], ROOTS[5]!)).toBe(true);
    expect(verifyInclusion(leafHash(D[4]!), 4, 5, [ROOTS[4]!], ROOTS[5]!)).toBe(true);
    expect(verifyInclusion(leafHash(D[0]!), 0, 1, [], ROOTS[1]!)).toBe(true);
  });

  it('rejects a wrong leaf, index, size, proof or root, and malformed input', () => {
    const good = [H_D3, ROOTS[2]!, H_D4];
    expect(verifyInclusion(leafHash(D[3]!), 2, 5, good, ROOTS[5]!)).toBe(false);
    expect(verifyInclusion(leafHash(D[2]!), 3, 5, good, ROOTS[5]!)).toBe(false);
    expect(verifyInclusion(leafHash(D[2]!), 2, 4, good, ROOTS[5]!)).toBe(false);
    expect(verifyInclusion(leafHash(D[2]!), 2, 5, good.slice(0, 2), ROOTS[5]!)).toBe(false);
    expect(verifyInclusion(leafHash(D[2]!), 2, 5, [...good, H_D4], ROOTS[5]!)).toBe(false);
    expect(verifyInclusion(leafHash(D[2]!), 2, 5, good, ROOTS[4]!)).toBe(false);
    expect(verifyInclusion(D[2]!, 2, 5, good, ROOTS[5]!)).toBe(false);
    expect(verifyInclusion(leafHash(D[2]!), 5, 5, good, ROOTS[5]!)).toBe(false);
    expect(verifyInclusion(leafHash(D[2]!), -1, 5, good, ROOTS[5]!)).toBe(false);
    expect(verifyInclusion(leafHash(D[2]!), 2, 5, ['zz', ...good.slice(1)], ROOTS[5]!)).toBe(false);
    expect(verifyInclusion(leafHash(D[2]!), 2, 5, good, ROOTS[5]!.toUpperCase())).toBe(false);
    expect(inclusionProof(D, 5)).toEqual({ ok: false, error: 'index_out_of_range' });
    expect(inclusionProof([], 0)).toEqual({ ok: false, error: 'index_out_of_range' });
  });

  it('produces hand-checked consistency proofs that verify', () => {
    expect(consistency(D, 3)).toEqual([H_D2, H_D3, ROOTS[2], H_D4]);
    expect(consistency(D, 2)).toEqual([H_D23, H_D4]);
    expect(verifyConsistency(3, 5, ROOTS[3]!, ROOTS[5]!, [H_D2, H_D3, ROOTS[2]!, H_D4])).toBe(true);
    expect(verifyConsistency(2, 5, ROOTS[2]!, ROOTS[5]!, [H_D23, H_D4])).toBe(true);
  });

  it('handles the empty and equal-size edges and rejects bad consistency claims', () => {
    expect(consistency(D, 0)).toEqual([]);
    expect(consistency(D, 5)).toEqual([]);
    expect(consistencyProof(D, 6)).toEqual({ ok: false, error: 'size_out_of_range' });
    expect(verifyConsistency(0, 5, EMPTY_ROOT, ROOTS[5]!, [])).toBe(true);
    expect(verifyConsistency(0, 5, ROOTS[1]!, ROOTS[5]!, [])).toBe(false);
    expect(verifyConsistency(5, 5, ROOTS[5]!, ROOTS[5]!, [])).toBe(true);
    expect(verifyConsistency(5, 5, ROOTS[4]!, ROOTS[5]!, [])).toBe(false);
    expect(verifyConsistency(5, 4, ROOTS[5]!, ROOTS[4]!, [])).toBe(false);
    expect(verifyConsistency(2, 5, ROOTS[2]!, ROOTS[5]!, [])).toBe(false);
    expect(verifyConsistency(3, 5, ROOTS[3]!, ROOTS[5]!, [H_D2, H_D3, ROOTS[2]!])).toBe(false);
    expect(verifyConsistency(3, 5, ROOTS[2]!, ROOTS[5]!, [H_D2, H_D3, ROOTS[2]!, H_D4])).toBe(false);
    expect(verifyConsistency(3, 4, ROOTS[3]!, ROOTS[5]!, [H_D2, H_D3, ROOTS[2]!, H_D4])).toBe(false);
  });

  describe('properties', () => {
    const arbLeaves = (min: number) =>
      fc.array(fc.uint8Array({ minLength: 32, maxLength: 32 }).map(bytesToHex), { minLength: min, maxLength: 70 });

    it('every leaf proof verifies; a changed leaf, index or proof element does not', () => {
      fc.assert(
        fc.property(
          arbLeaves(1).chain((l) => fc.tuple(fc.constant(l), fc.nat(l.length - 1), fc.nat())),
          ([leaves, i, pick]) => {
            const tree = buildMerkleTree(leaves);
            const root = treeRoot(tree);
            const p = proveInclusion(tree, i);
            if (!p.ok) throw new Error(p.error);
            const n = leaves.length;
            expect(verifyInclusion(leafHash(leaves[i]!), i, n, p.value, root)).toBe(true);
            expect(verifyInclusion(leafHash(flipHex(leaves[i]!)), i, n, p.value, root)).toBe(false);
            expect(verifyInclusion(leafHash(leaves[i]!), i + n, n, p.value, root)).toBe(false);
            if (n > 1) {
              const other = (i + 1 + (pick % (n - 1))) % n;
              expect(verifyInclusion(leafHash(leaves[i]!), other, n, p.value, root)).toBe(false);
            }
            if (p.value.length > 0) {
              const k = pick % p.value.length;
              const bent = p.value.map((h, j) => (j === k ? flipHex(h) : h));
              expect(verifyInclusion(leafHash(leaves[i]!), i, n, bent, root)).toBe(false);
            }
          },
        ),
      );
    });

    it('every prefix is consistent with the whole; a changed root or proof element is not', () => {
      fc.assert(
        fc.property(
          arbLeaves(1).chain((l) => fc.tuple(fc.constant(l), fc.nat(l.length), fc.nat())),
          ([leaves, m, pick]) => {
            const n = leaves.length;
            const oldRoot = merkleRoot(leaves.slice(0, m));
            const newRoot = merkleRoot(leaves);
            const p = consistency(leaves, m);
            expect(verifyConsistency(m, n, oldRoot, newRoot, p)).toBe(true);
            if (m > 0 && m < n) {
              expect(verifyConsistency(m, n, flipHex(oldRoot), newRoot, p)).toBe(false);
              expect(verifyConsistency(m, n, oldRoot, flipHex(newRoot), p)).toBe(false);
              const k = pick % p.length;
              expect(
                verifyConsistency(
                  m,
                  n,
                  oldRoot,
                  newRoot,
                  p.map((h, j) => (j === k ? flipHex(h) : h)),
                ),
              ).toBe(false);
              const changed = leaves.map((h, j) => (j === pick % m ? flipHex(h) : h));
              expect(verifyConsistency(m, n, merkleRoot(changed.slice(0, m)), newRoot, p)).toBe(false);
            }
          },
        ),
      );
    });
  });
});
