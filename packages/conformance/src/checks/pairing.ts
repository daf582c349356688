import { randomUUID } from 'node:crypto';
import { generateKeyPair, type PinnedKey, pairProof } from '@threshold/protocol';
import { firstHello } from './connect.js';
import type { Check, CheckContext } from './context.js';
import { allOf, expectAck, harmless, must, Nonconformance, Skipped } from './context.js';

// docs/protocol.md §6: the kit pairs the device with its own platform key, as the platform does when the customer
// types the claim code. Every later check relies on the device pinning that key.

/** A wrong but well-formed claim code: its proof cannot verify. */
const WRONG_CODE = '0000-0000-0000';

/** Skips a pairing check on a device that is paired already; `required` makes pairing by another platform a failure. */
function unpairedOnly(ctx: CheckContext, required = false): void {
  const pinned = firstHello(ctx).data.pinnedKids;
  if (pinned.length === 0) return;
  if (pinned.includes(ctx.signer.kid)) {
    ctx.facts.paired = true;
    throw new Skipped(`already paired with the kit's key ${ctx.signer.kid}`);
  }
  const why = `paired with other platform keys ${JSON.stringify(pinned)}`;
  if (!required) throw new Skipped(why);
  throw new Nonconformance(`${why}: factory-reset it, or pass --key with a key it pins`);
}

function pairCommand(ctx: CheckContext, o: { id: string; code: string; keys?: PinnedKey[] }) {
  const keys = o.keys ?? [{ kid: ctx.signer.kid, publicKey: ctx.signer.publicKey }];
  const proof = pairProof(o.code, { device: ctx.deviceId, id: o.id, keys });
  return ctx.link.command('pair', { keys, proof }, ctx.signer, { id: o.id });
}

const notPaired: Check = {
  id: 'pair.not-paired',
  title: 'an unpaired device refuses any command but `pair` with `not_paired` (§4.1 step 4)',
  kinds: ['lock', 'camera'],
  timeoutMs: 5000,
  async run(ctx) {
    unpairedOnly(ctx);
    await expectAck(ctx, harmless(ctx), 'not_paired');
  },
};

const pairRefusals: Check = {
  id: 'pair.refusals',
  title: '`pair` with a wrong claim code → `bad_proof`; signed by a key it does not list → `unknown_key` (§6)',
  kinds: ['lock', 'camera'],
  timeoutMs: 5000,
  async run(ctx) {
    unpairedOnly(ctx);
    const refusedPairId = randomUUID();
    ctx.facts.refusedPairId = refusedPairId;
    const other = { kid: 'conformance-other', ...generateKeyPair() };
    await allOf([
      () => expectAck(ctx, pairCommand(ctx, { id: refusedPairId, code: WRONG_CODE }), 'bad_proof', 'wrong code'),
      () =>
        expectAck(
          ctx,
          pairCommand(ctx, { id: randomUUID(), code: ctx.claimCode ?? WRONG_CODE, keys: [other] }),
          'unknown_key',
          'signed by a key not listed',
        ),
    ]);
  },
};

const pairOk: Check = {
  id: 'pair.ok',
  title:
    '`pair` with the claim code → `ok`, keys pinned, state `paired: true`; a refused id may be used again (§4.1, §6)',
  kinds: ['lock', 'camera'],
  timeoutMs: 6000,
  async run(ctx) {
    unpairedOnly(ctx, true);
    must(ctx.claimCode !== null, 'pass --claim-code (printed on the device) so the kit can pair it');
    // Same id as the refused attempt: a device that remembered that refusal would answer `bad_proof` again.
    const id = ctx.facts.refusedPairId ?? randomUUID();
    await expectAck(ctx, pairCommand(ctx, { id, code: ctx.claimCode }), 'ok', 'pair');
    ctx.facts.paired = true;
    await ctx.link.waitForEvent('state with `paired: true`', 'state', (s) => s.data.paired);
  },
};

const alreadyPaired: Check = {
  id: 'pair.already-paired',
  title: 'a paired device refuses `pair` with `already_paired` (§6)',
  kinds: ['lock', 'camera'],
  needs: ['paired'],
  timeoutMs: 5000,
  async run(ctx) {
    await expectAck(ctx, pairCommand(ctx, { id: randomUUID(), code: ctx.claimCode ?? WRONG_CODE }), 'already_paired');
  },
};

export const PAIRING_CHECKS: readonly Check[] = [notPaired, pairRefusals, pairOk, alreadyPaired];
