import { DEVICE_AUTH_MAX_SKEW_MS } from '@threshold/protocol';
import type { Check } from './context.js';
import { must } from './context.js';

// The connection over time (docs/protocol.md §2.2) and what the kit saw during the whole run (§2, §3).

/** How long after a lost connection the device must be back, announced again. */
const BACK_WITHIN_MS = 10_000;

const reconnect: Check = {
  id: 'reconnect',
  title:
    'after a lost connection: will `offline`, back within 10 s with a fresh token, `online`, `hello`, `state` (§2.2)',
  kinds: ['lock', 'camera'],
  needs: ['broker'],
  timeoutMs: 12_000,
  async run(ctx) {
    const { link, broker, deviceId } = ctx;
    const hellos = link.eventsOf('hello').length;
    const connects = broker!.connects.filter((c) => c.clientId === deviceId).length;
    const cut = link.seen.length;
    const lostAt = ctx.now();
    must(broker!.kick(deviceId), 'the device is not connected to the kit');
    await link.waitFor('the last will `offline`', () => link.seen.slice(cut).find((s) => s.text === 'offline'));
    const hello = await link.waitFor(
      `a new hello within ${BACK_WITHIN_MS} ms`,
      () => link.eventsOf('hello')[hellos],
      BACK_WITHIN_MS,
    );
    const back = broker!.connects.filter((c) => c.clientId === deviceId).slice(connects);
    must(back.length > 0 && back.at(-1)!.refused === null, `reconnect refused: ${back.map((c) => c.refused)}`);
    must(
      link.seen.slice(cut).some((s) => s.text === 'online'),
      'no `online` after reconnecting',
    );
    if (ctx.facts.paired) {
      const { claimHash, pinnedKids } = hello.data;
      must(claimHash === null && pinnedKids.includes(ctx.signer.kid), 'the hello must show the device paired');
    }
    await link.waitFor('a state after the new hello', () => link.eventsOf('state', (s) => s.seq > hello.seq)[0]);
    ctx.note(`back after ${back[0]!.at - lostAt} ms (${back.length} attempt(s))`);
  },
};

const integrity: Check = {
  id: 'events.integrity',
  title: 'every message of the run: valid schema, signed by the device key, `seq` growing, own topics only (§2, §3)',
  kinds: ['lock', 'camera'],
  timeoutMs: 2000,
  async run(ctx) {
    const problems = [...ctx.link.problems, ...(ctx.broker?.refusals ?? [])];
    const offsets = ctx.link.seen
      .filter((s) => s.event?.type === 'ack')
      .map((s) => s.receivedAt - s.event!.ts)
      .sort((a, b) => a - b);
    const median = offsets[Math.floor(offsets.length / 2)] ?? 0;
    ctx.note(`${ctx.link.events().length} events; device clock ${-median} ms from the kit's (median over acks)`);
    must(
      problems.length === 0,
      problems.slice(0, 5).join('; ') + (problems.length > 5 ? ` (+${problems.length - 5})` : ''),
    );
    must(Math.abs(median) <= DEVICE_AUTH_MAX_SKEW_MS, 'the device clock is more than 10 minutes off (§2.1)');
  },
};

export const SESSION_CHECKS: readonly Check[] = [reconnect];
export const FINAL_CHECKS: readonly Check[] = [integrity];
