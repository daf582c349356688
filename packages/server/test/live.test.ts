import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Bus, type BusEvents } from '../src/bus.js';
import { publishHomeEvent } from '../src/live/home-events.js';
import { createLiveHub, type LiveHub } from '../src/live/live-hub.js';
import { lastEventIdOf, sseFrame } from '../src/live/sse.js';
import { fixedClock } from '../src/ports.js';
import { bearer, expectProblem, type TestApp, testApp } from './support/app.js';
import { describeEachDialect } from './support/stores.js';
import { type World, world } from './support/world.js';

/** Reads an SSE response until `until` holds for the text so far; then aborts the request. */
async function readStream(
  url: string,
  headers: Record<string, string>,
  until: (text: string) => boolean,
  onOpen?: () => void,
) {
  const abort = new AbortController();
  const res = await fetch(url, { headers, signal: abort.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  onOpen?.();
  while (!until(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  abort.abort();
  return { res, text };
}

const frames = (text: string) =>
  text
    .split('\n\n')
    .filter((block) => block.startsWith('id: '))
    .map((block) =>
      Object.fromEntries(
        block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
      ),
    );

describeEachDialect('live updates over SSE', (getStore) => {
  const bus = new Bus<BusEvents>();
  let hub: LiveHub;
  let t: TestApp;
  let w: World;
  let base: string;

  beforeAll(async () => {
    hub = createLiveHub(bus, { clock: fixedClock(1_000), bufferSize: 3, heartbeatMs: 50 });
    t = await testApp(getStore(), { live: hub });
    w = await world(t.app);
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await t.app.close();
    hub.stop();
  });

  it("streams the home's events to its member, not another home's, and cleans up on disconnect", async () => {
    const published = () => {
      publishHomeEvent(bus, w.a.homeId, {
        type: 'home.visit',
        visitId: 'visit_1',
        state: 'unlocked',
        entry: { at: 't' },
      });
      publishHomeEvent(bus, w.b.homeId, { type: 'home.ledger', seq: 1, kind: 'not for a' });
      publishHomeEvent(bus, w.a.homeId, {
        type: 'home.alert',
        alertId: 'alert_1',
        kind: 'door_ajar',
        message: 'Door open',
        visitId: null,
      });
    };
    const { res, text } = await readStream(
      `${base}/v1/homes/${w.a.homeId}/events`,
      bearer(w.a.token),
      (s) => s.includes('home.alert') && s.includes(': heartbeat'),
      () => setTimeout(published, 20),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(text.startsWith('retry: 3000\n: connected\n\n')).toBe(true);
    const got = frames(text);
    expect(got.map((f) => [f.event, JSON.parse(f.data!)])).toEqual([
      ['home.visit', { visitId: 'visit_1', state: 'unlocked', entry: { at: 't' } }],
      ['home.alert', { alertId: 'alert_1', kind: 'door_ajar', message: 'Door open', visitId: null }],
    ]);
    expect(Number(got[1]!.id)).toBe(Number(got[0]!.id) + 2); // b's event took the id in between
    await vi.waitFor(() => expect(hub.subscriberCount()).toBe(0));
  });

  it('replays what it holds after Last-Event-ID, and asks for a resync when it holds too little', async () => {
    for (let seq = 1; seq <= 5; seq++) publishHomeEvent(bus, w.a.homeId, { type: 'home.ledger', seq, kind: 'k' });
    const newest = 1_000_000 + 2 + 1 + 5; // start id, the first test's three events, these five
    const replayed = await readStream(
      `${base}/v1/homes/${w.a.homeId}/events`,
      { ...bearer(w.a.token), 'last-event-id': String(newest - 2) },
      (s) => frames(s).length >= 2,
    );
    expect(frames(replayed.text).map((f) => [f.id, JSON.parse(f.data!).seq])).toEqual([
      [String(newest - 1), 4],
      [String(newest), 5],
    ]);
    const tooOld = await readStream(
      `${base}/v1/homes/${w.a.homeId}/events`,
      { ...bearer(w.a.token), 'last-event-id': '1' },
      (s) => frames(s).length >= 1,
    );
    expect(frames(tooOld.text)).toEqual([{ id: String(newest), event: 'resync', data: '{}' }]);
  });

  it('refuses another tenant, an anonymous caller, and a node without the hub', async () => {
    expectProblem(
      await t.app.inject({ method: 'GET', url: `/v1/homes/${w.a.homeId}/events`, headers: bearer(w.b.token) }),
      404,
      'not-found',
    );
    expectProblem(await t.app.inject({ method: 'GET', url: `/v1/homes/${w.a.homeId}/events` }), 401, 'unauthenticated');
    const bare = await testApp(getStore());
    const own = await world(bare.app);
    expectProblem(
      await bare.app.inject({ method: 'GET', url: `/v1/homes/${own.a.homeId}/events`, headers: bearer(own.a.token) }),
      503,
      'unavailable',
    );
    await bare.app.close();
  });
});

describe('SSE framing', () => {
  it('writes one event per frame and reads only numeric ids', () => {
    expect(sseFrame({ id: 7, homeId: 'h', type: 'home.ledger', data: { text: 'a\nb' } })).toBe(
      'id: 7\nevent: home.ledger\ndata: {"text":"a\\nb"}\n\n',
    );
    expect(lastEventIdOf('42')).toBe(42);
    expect(lastEventIdOf(['9', '10'])).toBe(9);
    expect(lastEventIdOf('4x')).toBeUndefined();
    expect(lastEventIdOf(undefined)).toBeUndefined();
  });
});
