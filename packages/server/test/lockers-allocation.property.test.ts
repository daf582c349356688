import { tmpdir } from 'node:os';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore, type Store } from '../src/store/db.js';
import { testApp } from './support/app.js';
import {
  bookLocker,
  type Carrier,
  carrierOf,
  type LockerOperator,
  lockerOperator,
  lockerSite,
} from './support/locker-world.js';
import { describeEachDialect } from './support/stores.js';
import { type Tenant, tenant } from './support/world.js';

// docs/lockers.md "Booking": compartment allocation never double-books under concurrent bookings. Each run makes a
// fresh site, fires every booking at once (on PostgreSQL through two app instances with their own connection pools,
// as two server nodes would), and checks the outcome: no compartment holds two reservations, every reservation sits
// in a compartment at least its size, and a refused booking had no free compartment it could fit.

const SIZES = ['S', 'M', 'L', 'XL'] as const;
const rank = (s: string) => SIZES.indexOf(s as (typeof SIZES)[number]);

describeEachDialect('locker allocation under concurrent bookings (property)', (getStore) => {
  let apps: FastifyInstance[] = [];
  let second: Store | undefined;
  let op: LockerOperator;
  let t: Tenant;
  let carrier: Carrier;

  beforeAll(async () => {
    const store = getStore();
    const { app } = await testApp(store);
    apps = [app];
    if (store.dialect === 'postgres') {
      second = await openStore({
        databaseUrl: process.env.TEST_DATABASE_URL,
        dataDir: tmpdir(),
        pgSchema: store.schema,
      });
      apps.push((await testApp(second)).app);
    }
    op = await lockerOperator(app, 'prop');
    t = await tenant(app, 'prop');
    carrier = await carrierOf(app, t);
  }, 60_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    await second?.close();
  });

  let run = 0;
  it('never double-books, never puts a parcel in a smaller compartment, and refuses only when nothing fits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...SIZES), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...SIZES), { minLength: 1, maxLength: 12 }),
        async (compartments, parcels) => {
          const db = getStore().db;
          // Earlier runs' sites are closed off: their free compartments are marked stuck, which allocation skips.
          await db
            .updateTable('locker_compartments')
            .set({ door: 'jammed' })
            .where('reservation_id', 'is', null)
            .execute();
          const site = await lockerSite(apps[0]!, op, `Run${++run}`, 0.001, [...compartments]);
          const answers = await Promise.all(
            parcels.map((size, i) => bookLocker(apps[i % apps.length]!, t, carrier, { size })),
          );
          for (const a of answers) expect([201, 409]).toContain(a.statusCode);
          const rows = await db
            .selectFrom('locker_reservations')
            .innerJoin('locker_compartments', 'locker_compartments.id', 'locker_reservations.compartment_id')
            .select([
              'locker_reservations.id',
              'compartment_id',
              'parcel_size',
              'size',
              'locker_compartments.reservation_id',
            ])
            .where('locker_reservations.site_id', '=', site.siteId)
            .execute();
          const booked = answers.filter((a) => a.statusCode === 201).length;
          expect(rows).toHaveLength(booked);
          expect(new Set(rows.map((r) => r.compartment_id)).size).toBe(rows.length);
          for (const r of rows) {
            expect(r.reservation_id).toBe(r.id);
            expect(rank(r.size)).toBeGreaterThanOrEqual(rank(r.parcel_size));
          }
          const free = await db
            .selectFrom('locker_compartments')
            .select('size')
            .where('site_id', '=', site.siteId)
            .where('reservation_id', 'is', null)
            .execute();
          parcels.forEach((size, i) => {
            if (answers[i]!.statusCode === 409) expect(free.filter((c) => rank(c.size) >= rank(size))).toEqual([]);
          });
        },
      ),
      { numRuns: 8 },
    );
  }, 240_000);
});
