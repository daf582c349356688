import { beforeAll, expect, it } from 'vitest';
import { call, expectProblem, testApp } from './support/app.js';
import { describeEachDialect } from './support/stores.js';
import { type World, world } from './support/world.js';

describeEachDialect('preferences', (getStore) => {
  let w: World;
  beforeAll(async () => {
    w = await world((await testApp(getStore())).app);
  });
  const url = () => `/v1/homes/${w.a.homeId}/preferences`;

  it('starts with nobody allowed in, and keeps what the owner sets', async () => {
    const initial = await call(w.app, w.a.token, { method: 'GET', url: url() });
    expect(initial.json()).toEqual({
      inHomeAccessPointIds: [],
      pets: { status: 'none', note: '' },
      daysOff: [],
      fallback: 'doorstep',
      instructions: '',
      unrecordedAccessPointIds: [],
    });
    const prefs = {
      inHomeAccessPointIds: [w.a.accessPointId, w.a.accessPointId],
      pets: { status: 'loose', note: 'Friendly dog' },
      daysOff: ['2026-12-25', '2026-12-24'],
      fallback: 'locker',
      instructions: 'Ring twice',
    };
    const put = await call(w.app, w.a.token, { method: 'PUT', url: url(), payload: prefs });
    expect(put.statusCode).toBe(200);
    const expected = {
      ...prefs,
      inHomeAccessPointIds: [w.a.accessPointId],
      daysOff: ['2026-12-24', '2026-12-25'],
      unrecordedAccessPointIds: [],
    };
    expect(put.json()).toEqual(expected);
    expect((await call(w.app, w.a.token, { method: 'GET', url: url() })).json()).toEqual(expected);
  });

  it("refuses another home's door, impossible dates and strangers", async () => {
    const base = {
      inHomeAccessPointIds: [],
      pets: { status: 'none', note: '' },
      daysOff: [],
      fallback: 'doorstep',
      instructions: '',
    };
    expectProblem(
      await call(w.app, w.a.token, {
        method: 'PUT',
        url: url(),
        payload: { ...base, inHomeAccessPointIds: [w.b.accessPointId] },
      }),
      400,
      'validation',
    );
    expectProblem(
      await call(w.app, w.a.token, { method: 'PUT', url: url(), payload: { ...base, daysOff: ['2026-02-30'] } }),
      400,
      'validation',
    );
    expectProblem(await call(w.app, w.b.token, { method: 'GET', url: url() }), 404, 'not-found');
    expectProblem(await call(w.app, w.b.token, { method: 'PUT', url: url(), payload: base }), 404, 'not-found');
  });
});
