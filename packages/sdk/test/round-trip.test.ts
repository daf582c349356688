import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWebhookSecret, signedHeaders } from '../../server/src/webhooks/sign.js';
import { type Platform, startPlatform } from '../../server/test/support/platform.js';
import { until } from '../../server/test/support/raw-device.js';
import { describeEachDialect } from '../../server/test/support/stores.js';
import {
  createThreshold,
  homeEvents,
  type LiveEvent,
  ok,
  ProblemError,
  signIn,
  type Threshold,
  verifyWebhook,
} from '../src/index.js';

// The SDK against a whole running platform on a real port: every call here goes over HTTP through the SDK, the way
// the web app, the demo and the benchmark's driver make them.

const PASSWORD = 'correct horse battery';

/** The problem a call was refused with; fails the test when it was not refused. */
async function refusal(call: Parameters<typeof ok>[0]): Promise<ProblemError> {
  const outcome = await ok(call).then(
    () => new Error('expected a refusal'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof ProblemError)) throw outcome;
  return outcome;
}
const AT_DOOR = { lat: 52.37, lon: 4.89, accuracyMeters: 8 };

describeEachDialect('the SDK against a running platform', (getStore) => {
  let p: Platform;
  let baseUrl: string;
  const client = (options: Parameters<typeof createThreshold>[0] = {}) => createThreshold({ baseUrl, ...options });

  beforeAll(async () => {
    p = await startPlatform(getStore());
    const address = p.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('platform not listening');
    baseUrl = `http://127.0.0.1:${address.port}`;
  }, 60_000);
  afterAll(async () => {
    await p?.close();
  });

  const window = () => ({
    start: new Date(p.clock.now() - 60_000).toISOString(),
    end: new Date(p.clock.now() + 3_600_000).toISOString(),
  });
  const ownerEmail = async (owner: Threshold) => (await ok(owner.api.GET('/v1/me'))).user.email;

  it('signs in with a bearer token or with the session cookie, and lists the homes', async () => {
    const email = await ownerEmail(client({ auth: { kind: 'bearer', token: p.owner.token } }));
    const bearer = client();
    const signedIn = await signIn(bearer, email, PASSWORD);
    expect(bearer.auth()).toEqual({ kind: 'bearer', token: signedIn.token });
    const homes = await ok(bearer.api.GET('/v1/homes', { params: { query: { limit: 100 } } }));
    expect(homes.items.map((h) => h.id)).toContain(p.owner.homeId);

    const cookie = client({ auth: { kind: 'cookie' } });
    await signIn(cookie, email, PASSWORD);
    expect(cookie.auth()).toMatchObject({ kind: 'cookie', cookie: expect.stringMatching(/^threshold_session=/) });
    const home = await ok(cookie.api.GET('/v1/homes/{homeId}', { params: { path: { homeId: p.owner.homeId } } }));
    expect(home.addressLine1).toBe('Keizersgracht 1');
  });

  it('books with a generated Idempotency-Key and resends the same key when the answer is lost', async () => {
    const keys: string[] = [];
    let dropFirstAnswer = true;
    const carrier = client({
      auth: { kind: 'apiKey', key: p.carrier.apiKey },
      retryDelayMs: 1,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        keys.push(request.headers.get('idempotency-key') ?? '');
        const response = await fetch(request);
        if (dropFirstAnswer) {
          dropFirstAnswer = false;
          throw new TypeError('connection reset');
        }
        return response;
      },
    });
    const call = carrier.api.POST('/v1/deliveries', {
      body: { homeId: p.owner.homeId, externalId: `sdk-${Math.random()}`, window: window() },
    });
    const booked = await ok(call);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect((await call).response.headers.get('idempotent-replayed')).toBe('true');
    const again = await ok(
      carrier.api.GET('/v1/deliveries/{deliveryId}', { params: { path: { deliveryId: booked.id } } }),
    );
    expect(again.id).toBe(booked.id);
  });

  it('drives a delivery through book, assign, arrive, unlock, complete, with the live stream and visit detail', async () => {
    const owner = client({ auth: { kind: 'bearer', token: p.owner.token } });
    const carrier = client({ auth: { kind: 'apiKey', key: p.carrier.apiKey } });
    const courier = client({ auth: { kind: 'bearer', token: p.courier.token } });
    const live = new AbortController();
    const seen: LiveEvent[] = [];
    const listening = (async () => {
      for await (const event of homeEvents(owner, p.owner.homeId, { signal: live.signal })) seen.push(event);
    })();

    const delivery = await ok(
      carrier.api.POST('/v1/deliveries', {
        body: { homeId: p.owner.homeId, externalId: `sdk-${Math.random()}`, window: window() },
      }),
    );
    const path = { deliveryId: delivery.id };
    await ok(
      carrier.api.POST('/v1/deliveries/{deliveryId}/assign', {
        params: { path },
        body: { courierId: p.courier.userId },
      }),
    );
    const stops = await ok(courier.api.GET('/v1/courier/stops'));
    expect(stops.items.map((s) => s.delivery.id)).toContain(delivery.id);
    const arrival = await ok(
      courier.api.POST('/v1/deliveries/{deliveryId}/arrive', { params: { path }, body: { position: AT_DOOR } }),
    );
    const visit = { visitId: arrival.visit.id };
    const unlocked = await ok(courier.api.POST('/v1/visits/{visitId}/unlock', { params: { path: visit } }));
    expect(unlocked.unlocked).toBe(true);
    const detail = () => ok(owner.api.GET('/v1/visits/{visitId}', { params: { path: visit } }));
    p.lock.openDoor();
    await until(async () => (await detail()).state === 'door_opened', 'door opened');
    p.lock.closeDoor();
    await until(async () => (await detail()).state === 'relocked', 'relocked');
    const completed = await ok(courier.api.POST('/v1/visits/{visitId}/complete', { params: { path: visit } }));
    expect(completed.state).toBe('completed');
    const shown = await detail();
    expect(shown.timeline.length).toBeGreaterThan(0);

    await until(() => seen.some((e) => e.type === 'home.visit' && e.data.state === 'completed'), 'completed live');
    expect(seen.every((e) => e.id !== undefined)).toBe(true);
    live.abort();
    await listening;
  }, 60_000);

  it('refuses with one typed problem carrying its stable type, status, detail and extra members', async () => {
    const owner = client({ auth: { kind: 'bearer', token: p.owner.token } });
    const missing = await refusal(
      owner.api.GET('/v1/visits/{visitId}', { params: { path: { visitId: 'visit_nope' } } }),
    );
    expect(missing).toBeInstanceOf(ProblemError);
    expect(missing).toMatchObject({ type: 'urn:threshold:problem:not-found', code: 'not-found', status: 404 });

    const invalid = await refusal(owner.api.POST('/v1/homes', { body: { name: 'Half a home' } as never }));
    expect(invalid).toMatchObject({ code: 'validation', status: 400 });
    expect(invalid.extras.field).toEqual(expect.stringMatching(/^body\./));
    expect(invalid.detail).toContain('is required');

    const stranger = client();
    await expect(homeEvents(stranger, p.owner.homeId).next()).rejects.toMatchObject({
      code: 'unauthenticated',
      status: 401,
    });
  });
});

describe('webhook verification', () => {
  const body = JSON.stringify({
    type: 'visit.completed',
    timestamp: '2026-11-25T09:00:00.000Z',
    data: { visitId: 'v' },
  });

  it("accepts what the platform's signer sends, with either secret during a rotation", () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const headers = signedHeaders('msg_1', Date.now(), body, [current, previous]);
    for (const secret of [current, previous]) {
      expect(verifyWebhook(secret, body, headers)).toEqual({ ok: true, id: 'msg_1', event: JSON.parse(body) });
    }
    expect(verifyWebhook(current, body, new Headers({ ...headers })).ok).toBe(true);
  });

  it('refuses another secret, a changed body and a stale timestamp', () => {
    const secret = newWebhookSecret();
    const headers = signedHeaders('msg_2', Date.now(), body, [secret]);
    expect(verifyWebhook(newWebhookSecret(), body, headers).ok).toBe(false);
    expect(verifyWebhook(secret, body.replace('v"', 'w"'), headers).ok).toBe(false);
    const old = signedHeaders('msg_3', Date.now() - 10 * 60_000, body, [secret]);
    expect(verifyWebhook(secret, body, old)).toMatchObject({ ok: false, reason: expect.stringMatching(/too old/i) });
  });
});
