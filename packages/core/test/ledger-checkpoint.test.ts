import { describe, expect, it } from 'vitest';
import {
  CHECKPOINT_DOMAIN,
  type Checkpoint,
  checkpointPayload,
  createCheckpoint,
  EMPTY_ROOT,
  merkleRoot,
  verifyCheckpoint,
  ZERO_HASH,
} from '../src/ledger/index.js';
import { at, chain, flipHex, HOME, KID, sign, verifySig } from './ledger-fixtures.js';

function checkpointOf(n: number): Checkpoint {
  const cp = createCheckpoint(chain(n), { homeId: HOME, at: at(1000), kid: KID }, sign);
  if (!cp.ok) throw new Error(cp.error);
  return cp.value;
}

describe('checkpoints', () => {
  it('sign the domain tag and the canonical JSON of the six unsigned fields', () => {
    const entries = chain(3);
    const cp = checkpointOf(3);
    const payload =
      `${CHECKPOINT_DOMAIN}{"at":"${at(1000)}","headHash":"${entries[2]!.hash}","homeId":"home_1","kid":"${KID}",` +
      `"rootHash":"${merkleRoot(entries.map((e) => e.hash))}","treeSize":3}`;
    expect(checkpointPayload(cp)).toBe(payload);
    expect(cp).toEqual({
      homeId: HOME,
      treeSize: 3,
      rootHash: merkleRoot(entries.map((e) => e.hash)),
      headHash: entries[2]!.hash,
      at: at(1000),
      kid: KID,
      sig: sign(KID, payload),
    });
  });

  it('of an empty ledger carry the empty root and the zero head', () => {
    const cp = checkpointOf(0);
    expect([cp.treeSize, cp.rootHash, cp.headHash]).toEqual([0, EMPTY_ROOT, ZERO_HASH]);
    expect(verifyCheckpoint(cp, verifySig)).toEqual({ ok: true });
  });

  it('verify only with an untouched payload and signature', () => {
    const cp = checkpointOf(4);
    expect(verifyCheckpoint(cp, verifySig)).toEqual({ ok: true });
    const bad = { ok: false, error: 'bad_signature' };
    expect(verifyCheckpoint({ ...cp, treeSize: 3 }, verifySig)).toEqual(bad);
    expect(verifyCheckpoint({ ...cp, rootHash: flipHex(cp.rootHash) }, verifySig)).toEqual(bad);
    expect(verifyCheckpoint({ ...cp, kid: 'other' }, verifySig)).toEqual(bad);
    expect(verifyCheckpoint({ ...cp, sig: flipHex(cp.sig) }, verifySig)).toEqual(bad);
    expect(
      verifyCheckpoint(cp, () => {
        throw new Error('not base64');
      }),
    ).toEqual(bad);
  });

  it('refuse malformed fields before any signature check', () => {
    const cp = checkpointOf(2);
    const malformed = { ok: false, error: 'malformed' };
    const never = () => {
      throw new Error('must not be called');
    };
    expect(verifyCheckpoint({ ...cp, treeSize: -1 }, never)).toEqual(malformed);
    expect(verifyCheckpoint({ ...cp, at: 'now' }, never)).toEqual(malformed);
    expect(verifyCheckpoint({ ...cp, rootHash: 'ab' }, never)).toEqual(malformed);
    expect(verifyCheckpoint({ ...cp, treeSize: 0 }, never)).toEqual(malformed);
    expect(verifyCheckpoint({ ...cp, sig: undefined } as never, never)).toEqual(malformed);
    expect(verifyCheckpoint(null as never, never)).toEqual(malformed);
  });

  it('are only created over a whole ledger of one home', () => {
    const entries = chain(3);
    const fields = { homeId: HOME, at: at(1000), kid: KID };
    expect(createCheckpoint(entries.slice(1), fields, sign)).toEqual({ ok: false, error: 'not_a_ledger' });
    expect(createCheckpoint(entries, { ...fields, homeId: 'home_2' }, sign)).toEqual({
      ok: false,
      error: 'not_a_ledger',
    });
    expect(createCheckpoint(entries, { ...fields, at: 'today' }, sign)).toEqual({ ok: false, error: 'malformed' });
  });
});
