import { CAPABILITY_TYP, deviceIdFor, generateKeyPair } from '@threshold/protocol';
import { type CapabilityDraft, draftCapability, visitId } from '../capabilities.js';
import type { Check, CheckContext } from './context.js';
import { allOf, expectAck, must } from './context.js';

// docs/protocol.md §7: what a lock accepts and refuses, checked offline with the pinned keys. Every capability gets
// its own visit id unless the check is about two capabilities of one visit.

/** Sends `unlock` with the capability, requires `expected`, and throws the bolt again after an accepted one. */
async function unlock(ctx: CheckContext, token: string, expected: string, label: string) {
  const envelope = ctx.link.command('unlock', { capability: token }, ctx.signer);
  try {
    return { envelope, ack: await expectAck(ctx, envelope, expected, label) };
  } finally {
    const acks = ctx.link.acks(envelope.id);
    if (acks[0]?.status === 'ok') await ctx.link.send(ctx.link.command('lock', {}, ctx.signer));
  }
}

function draft(ctx: CheckContext, d: Omit<CapabilityDraft, 'aud'> & { aud?: string }, signer = ctx.signer) {
  return draftCapability(signer, ctx.now(), { aud: ctx.deviceId, ...d });
}

const lockOnly = { kinds: ['lock'], needs: ['paired'] } as const;

const accepted: Check = {
  ...lockOnly,
  id: 'capability.accepted',
  title: 'a fresh capability unlocks; `bolt` names the command, the visit (`sub`) and the nonce (`jti`) (§3.2, §7)',
  timeoutMs: 5000,
  async run(ctx) {
    const cap = draft(ctx, { sub: visitId('accepted') });
    const { envelope } = await unlock(ctx, cap.token, 'ok', 'fresh capability');
    const bolt = await ctx.link.waitForEvent('`bolt` for the unlock', 'bolt', (e) => e.data.command === envelope.id);
    const d = bolt.data;
    must(d.bolt === 'unlocked' && d.cause === 'capability', `bolt ${d.bolt}, cause ${d.cause}`);
    must(d.visit === cap.sub && d.nonce === cap.jti, "`visit` and `nonce` must be the capability's `sub` and `jti`");
  },
};

const replayed: Check = {
  ...lockOnly,
  id: 'capability.replayed',
  title: 'a capability already used, sent again in a new command → `replayed`, the bolt does not move (§7 step 10)',
  timeoutMs: 5000,
  async run(ctx) {
    const cap = draft(ctx, { sub: visitId('replayed') });
    await unlock(ctx, cap.token, 'ok', 'first use');
    const { envelope } = await unlock(ctx, cap.token, 'replayed', 'second use');
    must(ctx.link.eventsOf('bolt', (e) => e.data.command === envelope.id).length === 0, 'the bolt moved on a replay');
  },
};

const expired: Check = {
  ...lockOnly,
  id: 'capability.expired',
  title: '`exp` 120 s ago (beyond the 60 s skew) → `expired`; `nbf` 150 s ahead → `not_yet_valid` (§7 steps 8–9)',
  timeoutMs: 5000,
  async run(ctx) {
    await allOf([
      () => unlock(ctx, draft(ctx, { nbf: -240, exp: -120 }).token, 'expired', 'exp 120 s ago'),
      () => unlock(ctx, draft(ctx, { nbf: 150, exp: 270 }).token, 'not_yet_valid', 'nbf 150 s ahead'),
    ]);
  },
};

const skew: Check = {
  ...lockOnly,
  id: 'capability.skew',
  title: 'within the 60 s skew a capability is accepted: `nbf` 30 s ahead, `exp` 30 s ago (§7 steps 8–9)',
  timeoutMs: 6000,
  async run(ctx) {
    await allOf([
      () => unlock(ctx, draft(ctx, { nbf: 30, exp: 150 }).token, 'ok', 'nbf 30 s ahead'),
      () => unlock(ctx, draft(ctx, { nbf: -150, exp: -30 }).token, 'ok', 'exp 30 s ago'),
    ]);
  },
};

const otherLock: Check = {
  ...lockOnly,
  id: 'capability.other-lock',
  title: 'a capability for another lock → `wrong_audience` (§7 step 5)',
  timeoutMs: 5000,
  async run(ctx) {
    const elsewhere = deviceIdFor('lock', generateKeyPair().publicKey);
    await unlock(ctx, draft(ctx, { aud: elsewhere }).token, 'wrong_audience', 'aud of another lock');
  },
};

const forged: Check = {
  ...lockOnly,
  id: 'capability.forged',
  title:
    'forged or ill-formed: `bad_signature`, `unknown_key`, `malformed` (alg none), `wrong_action`, `lifetime_too_long`',
  timeoutMs: 8000,
  async run(ctx) {
    const stranger = generateKeyPair();
    const forger = { ...ctx.signer, ...stranger };
    const unknown = { kid: 'conformance-unknown', ...stranger };
    const none = { alg: 'none', kid: ctx.signer.kid, typ: CAPABILITY_TYP };
    await allOf([
      () => unlock(ctx, draft(ctx, {}, forger).token, 'bad_signature', 'signed by another key under the pinned kid'),
      () => unlock(ctx, draft(ctx, {}, unknown).token, 'unknown_key', 'unpinned kid'),
      () => unlock(ctx, draft(ctx, { header: none }).token, 'malformed', 'alg none'),
      () => unlock(ctx, draft(ctx, { act: 'open' }).token, 'wrong_action', 'act open'),
      () => unlock(ctx, draft(ctx, { exp: 400 }).token, 'lifetime_too_long', 'exp - nbf = 400 s'),
    ]);
  },
};

const superseded: Check = {
  ...lockOnly,
  id: 'capability.superseded',
  title: 'a capability older than one already used for the same visit → `superseded` (§7)',
  timeoutMs: 5000,
  async run(ctx) {
    const sub = visitId('superseded');
    await unlock(ctx, draft(ctx, { sub, nbf: -10, exp: 110 }).token, 'ok', 'the newer capability');
    await unlock(ctx, draft(ctx, { sub, nbf: -40, exp: 80 }).token, 'superseded', 'an older one, unused');
  },
};

export const CAPABILITY_CHECKS: readonly Check[] = [accepted, replayed, expired, skew, otherLock, forged, superseded];
