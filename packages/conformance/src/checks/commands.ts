import { randomUUID } from 'node:crypto';
import { type CommandEnvelope, deviceIdFor, generateKeyPair } from '@threshold/protocol';
import { draftCapability, visitId } from '../capabilities.js';
import type { Check, CheckContext } from './context.js';
import { allOf, describeAck, expectAck, harmless, must, sleep } from './context.js';

// docs/protocol.md §4.1: at most once per command id, exactly one ack per command, refusals in the stated order.

/** How long the kit keeps watching for a second action after a duplicate was acked. */
const SETTLE_MS = 300;

/** The command whose effect the retry check counts, and how to find that effect. */
function actionOf(ctx: CheckContext): { envelope: CommandEnvelope; acted: () => number; undo: () => Promise<unknown> } {
  const { link, signer } = ctx;
  if (ctx.kind === 'lock') {
    const { token } = draftCapability(signer, ctx.now(), { aud: ctx.deviceId, sub: visitId('retry') });
    const envelope = link.command('unlock', { capability: token }, signer);
    return {
      envelope,
      acted: () => link.eventsOf('bolt', (e) => e.data.command === envelope.id).length,
      undo: () => link.send(link.command('lock', {}, signer)),
    };
  }
  const session = visitId('retry');
  const envelope = link.command('record.start', { session }, signer);
  return {
    envelope,
    acted: () => link.eventsOf('recording', (e) => e.data.command === envelope.id).length,
    undo: () => link.send(link.command('record.stop', { session, postRollMs: 0 }, signer)),
  };
}

const retry: Check = {
  id: 'command.retry',
  title:
    'the same command three times (two at once, one after the ack) → acted on once, the same ack three times (§4.1)',
  kinds: ['lock', 'camera'],
  needs: ['paired'],
  timeoutMs: 8000,
  async run(ctx) {
    const { link } = ctx;
    const { envelope, acted, undo } = actionOf(ctx);
    await Promise.all([link.publish(envelope), link.publish(envelope)]);
    await link.waitFor('two acks', () => (link.acks(envelope.id).length >= 2 ? true : undefined));
    await link.publish(envelope); // the platform's retry after a lost ack
    await link.waitFor('a third ack', () => (link.acks(envelope.id).length >= 3 ? true : undefined));
    await sleep(SETTLE_MS);
    const acks = link.acks(envelope.id);
    await undo();
    must(acks[0]!.status === 'ok', `expected ok, got ${describeAck(acks[0]!)}`);
    must(acks.length === 3, `${acks.length} acks for 3 sends`);
    must(new Set(acks.map(describeAck)).size === 1, `the acks differ: ${acks.map(describeAck).join(', ')}`);
    must(acted() === 1, `acted on ${acted()} times`);
  },
};

const refusals: Check = {
  id: 'command.refusals',
  title:
    'commands → `wrong_device`, `unknown_key`, `bad_signature`, `expired`, `malformed`, `unsupported` as §4.1 orders',
  kinds: ['lock', 'camera'],
  needs: ['paired'],
  timeoutMs: 8000,
  async run(ctx) {
    const stranger = generateKeyPair();
    const unknown = { kid: 'conformance-unknown', ...stranger };
    const forger = { ...ctx.signer, ...stranger }; // the pinned kid, the wrong private key
    const elsewhere = deviceIdFor(ctx.kind, generateKeyPair().publicKey);
    const now = ctx.now();
    const id = randomUUID();
    await allOf([
      () => expectAck(ctx, harmless(ctx, { device: elsewhere }), 'wrong_device', 'addressed to another device'),
      () => expectAck(ctx, harmless(ctx, {}, unknown), 'unknown_key', 'signed with an unpinned kid'),
      () => expectAck(ctx, harmless(ctx, {}, forger), 'bad_signature', 'forged signature'),
      () => expectAck(ctx, harmless(ctx, { ts: now - 150_000, exp: now - 120_000 }), 'expired', 'exp 120 s ago'),
      async () => {
        await ctx.link.publish({ v: 1, id, device: ctx.deviceId, type: 'open', params: {} });
        const ack = await ctx.link.waitForAck(id);
        must(ack.reason === 'malformed', `unknown command type: expected rejected(malformed), got ${describeAck(ack)}`);
      },
      () =>
        expectAck(
          ctx,
          ctx.kind === 'lock'
            ? ctx.link.command('record.start', { session: visitId('unsupported') }, ctx.signer)
            : ctx.link.command('config', {}, ctx.signer),
          'unsupported',
          'a command of the other kind',
        ),
    ]);
  },
};

const forgedFirst: Check = {
  id: 'command.forged-first',
  title: 'a forged copy refused first does not take the id: the real command with that id is acted on (§4.1)',
  kinds: ['lock', 'camera'],
  needs: ['paired'],
  timeoutMs: 5000,
  async run(ctx) {
    const id = randomUUID();
    const forger = { ...ctx.signer, ...generateKeyPair() };
    await expectAck(ctx, harmless(ctx, { id }, forger), 'bad_signature', 'forged copy');
    const second = await ctx.link.send(harmless(ctx, { id }));
    must(second.status === 'ok', `the real command was answered ${describeAck(second)}: the forged refusal was kept`);
  },
};

const skew: Check = {
  id: 'command.skew',
  title: 'a command whose `exp` passed 30 s ago is still within the 60 s skew and is acted on (§4.1 step 7)',
  kinds: ['lock', 'camera'],
  needs: ['paired'],
  timeoutMs: 5000,
  async run(ctx) {
    const now = ctx.now();
    await expectAck(ctx, harmless(ctx, { ts: now - 60_000, exp: now - 30_000 }), 'ok', 'exp 30 s ago');
  },
};

export const COMMAND_CHECKS: readonly Check[] = [retry, refusals, forgedFirst, skew];
