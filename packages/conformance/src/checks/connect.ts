import { claimHash, type EventEnvelope, normaliseClaimCode, topics } from '@threshold/protocol';
import type { Check, CheckContext } from './context.js';
import { must } from './context.js';

/** docs/protocol.md §2.2: the keepalive a device may ask for. */
export const KEEPALIVE_RANGE_S = Object.freeze({ min: 1, max: 60 });

export function firstHello(ctx: CheckContext): EventEnvelope<'hello'> {
  const hello = ctx.link.eventsOf('hello')[0];
  must(hello !== undefined, 'no valid hello from the device');
  return hello;
}

const session: Check = {
  id: 'connect.session',
  title: 'CONNECT: client id = username = device id, valid auth token, clean session, will `offline` (§2, §2.1, §2.2)',
  kinds: ['lock', 'camera'],
  needs: ['broker'],
  timeoutMs: 2000,
  async run(ctx) {
    const mine = ctx.broker!.connects.filter((c) => c.clientId === ctx.deviceId || c.username === ctx.deviceId);
    const refused = mine.filter((c) => c.refused !== null).map((c) => c.refused);
    must(refused.length === 0, `the broker refused ${refused.length} connect(s): ${refused.join(', ')}`);
    const c = mine.at(-1);
    must(c !== undefined, 'no CONNECT seen from the device');
    must(c.clientId === ctx.deviceId && c.username === ctx.deviceId, 'client id and username must be the device id');
    must(c.clean, 'clean session must be set');
    const will = c.will;
    must(
      will !== null && will.topic === topics.status(ctx.deviceId) && will.payload === 'offline',
      `the last will must be \`offline\` on ${topics.status(ctx.deviceId)}`,
    );
    must(will.qos === 1 && will.retain, 'the last will must be QoS 1 and retained');
    const { min, max } = KEEPALIVE_RANGE_S;
    must(c.keepalive >= min && c.keepalive <= max, `keepalive ${c.keepalive} s is outside ${min}–${max} s`);
    const ts = Number(c.password.split('.')[0]);
    ctx.note(`keepalive ${c.keepalive} s; auth token ts ${ts - c.at} ms from the kit's clock`);
  },
};

const announce: Check = {
  id: 'connect.announce',
  title: 'after connecting: subscribe to cmd, then `online` (retained), `hello`, retained `state` (§2)',
  kinds: ['lock', 'camera'],
  timeoutMs: 5000,
  async run(ctx) {
    const { link, broker, deviceId } = ctx;
    await link.waitForEvent('retained state', 'state');
    if (broker === null) {
      const order = link.seen.filter((s) => !s.retained).map((s) => s.event?.type ?? s.text);
      const at = (x: string) => order.indexOf(x);
      must(at('online') >= 0 && at('online') < at('hello') && at('hello') < at('state'), `order was ${order}`);
      return;
    }
    const sent = broker.publishes.filter((p) => p.topic.startsWith(`threshold/v1/d/${deviceId}/`));
    const first = (channel: string, pred: (payload: string) => boolean = () => true) =>
      sent.findIndex((p) => p.topic.endsWith(`/${channel}`) && pred(p.payload));
    const online = first('status', (p) => p === 'online');
    const hello = first('evt', (p) => typeOf(p) === 'hello');
    const state = first('state');
    must(online >= 0 && online < hello && hello < state, 'the order must be status `online`, `hello`, `state`');
    must(sent[online]!.retain && sent[online]!.qos === 1, '`online` must be QoS 1 and retained');
    must(sent[state]!.retain && sent[state]!.qos === 1, '`state` must be QoS 1 and retained');
    must(
      sent.every((p) => p.qos === 1),
      'every message must be QoS 1',
    );
    const subscribed = broker.subscriptions.find((s) => s.topic === topics.cmd(deviceId) && !s.refused);
    must(subscribed !== undefined, `no subscription to ${topics.cmd(deviceId)}`);
    must(subscribed.at <= sent[state]!.at, 'the cmd subscription must be in place by the time the state is sent');
  },
};

const hello: Check = {
  id: 'hello',
  title: '`hello`: signed by the key it carries, id derived from it, claim hash while unpaired (§1, §3.1)',
  kinds: ['lock', 'camera'],
  timeoutMs: 2000,
  async run(ctx) {
    const h = firstHello(ctx);
    const { claimHash: announced, pinnedKids } = h.data;
    ctx.note(`firmware ${h.data.firmware}; pinned ${JSON.stringify(pinnedKids)}`);
    if (pinnedKids.length > 0) {
      must(announced === null, 'a paired device must announce `claimHash: null`');
      return;
    }
    must(announced !== null, 'an unpaired device must announce its claim hash');
    if (ctx.claimCode === null) return;
    must(normaliseClaimCode(ctx.claimCode) !== null, `--claim-code ${ctx.claimCode} is not a claim code`);
    must(announced === claimHash(ctx.claimCode), 'claimHash is not SHA-256("threshold-claim:" + normalised code)');
  },
};

const state: Check = {
  id: 'state',
  title: 'retained `state` of the right kind, `paired` agreeing with the hello (§3.4)',
  kinds: ['lock', 'camera'],
  timeoutMs: 5000,
  async run(ctx) {
    const s = await ctx.link.waitForEvent('state', 'state');
    must(s.data.kind === ctx.kind, `state kind ${s.data.kind} for a ${ctx.kind}`);
    must(s.data.paired === firstHello(ctx).data.pinnedKids.length > 0, '`paired` disagrees with the hello');
  },
};

function typeOf(payload: string): unknown {
  try {
    return (JSON.parse(payload) as { type?: unknown }).type;
  } catch {
    return undefined;
  }
}

export const CONNECT_CHECKS: readonly Check[] = [session, announce, hello, state];
