import { describe, expect, it } from 'vitest';
import { ENTRANCE_REQUIRED_CHECKS, scheduleVisit, transition, type Visit } from '../src/index.js';
import { GRANT, HAPPY, run, T0 } from './visit-fixtures.js';

// A lock that never reports its bolt drawn (the unlock got no ack, or was never sent because its node died) must not
// leave the visit in `recording`: once no lock can accept the capability, the visit fails (docs/visits.md "Timers").

const DEADLINE = GRANT.expiresAtMs + 60_000;
const fire = (visit: Visit, atMs: number) => transition(visit, { type: 'timer', kind: 'unlock_confirm_timeout' }, atMs);

describe('unlock_confirm_timeout', () => {
  it('is armed at the capability expiry plus the lock skew when the unlock goes out', () => {
    expect(run(HAPPY.slice(0, 3)).visit.timers.unlock_confirm_timeout).toBe(DEADLINE);
  });

  it('is not due while a lock could still accept the capability', () => {
    const { visit } = run(HAPPY.slice(0, 3));
    expect(fire(visit, DEADLINE - 1)).toMatchObject({ error: { code: 'timer_not_due' } });
  });

  it('fails a visit still waiting for the bolt, tells the lock to lock and stops the camera after it', () => {
    const { visit } = run(HAPPY.slice(0, 3));
    const result = fire(visit, DEADLINE);
    if ('error' in result) throw new Error(result.error.message);
    expect(result.visit).toMatchObject({
      state: 'failed',
      reason: 'unlock_refused',
      detail: 'the lock did not confirm the unlock',
      boltMayBeOpen: false,
      timers: {},
    });
    const commands = result.effects.filter((e) => e.type === 'command');
    expect(commands).toEqual([
      { type: 'command', role: 'lock', command: 'lock' },
      { type: 'command', role: 'camera', command: 'record.stop', postRollMs: 10_000 },
    ]);
    expect(result.effects).toContainEqual({
      type: 'ledger',
      kind: 'visit.failed',
      data: { reason: 'unlock_refused', detail: 'the lock did not confirm the unlock', boltMayBeOpen: false },
    });
    expect(result.effects).toContainEqual({
      type: 'notify_customer',
      message: 'The visit could not go ahead: the lock did not confirm the unlock',
    });
    // Every other timer of the visit goes with it.
    expect(result.effects).toContainEqual({ type: 'cancel_timer', kind: 'heartbeat_gap' });
  });

  it('is disarmed when the bolt is reported drawn, so it never fails an unlocked visit', () => {
    const { visit, effects } = run(HAPPY.slice(0, 4));
    expect(effects).toContainEqual({ type: 'cancel_timer', kind: 'unlock_confirm_timeout' });
    expect(visit.timers.unlock_confirm_timeout).toBeUndefined();
    expect(fire(visit, DEADLINE)).toMatchObject({ error: { code: 'timer_not_armed' } });
  });

  it('goes with the visit when it ends another way (a refused unlock)', () => {
    const { visit } = run([...HAPPY.slice(0, 3), { type: 'unlock_refused', reason: 'expired' }]);
    expect(visit.timers).toEqual({});
  });

  it('is moved to the later deadline when the courier is handed a capability for an offline lock', () => {
    const { visit } = run(HAPPY.slice(0, 3));
    const phone = { jti: 'jti-0000000000000000000002', issuedAtMs: T0 + 70_000, expiresAtMs: T0 + 130_000 };
    const handed = transition(visit, { type: 'capability_requested', capability: phone }, T0 + 70_000);
    if ('error' in handed) throw new Error(handed.error.message);
    expect(handed.visit.timers.unlock_confirm_timeout).toBe(phone.expiresAtMs + 60_000);
    expect(fire(handed.visit, DEADLINE)).toMatchObject({ error: { code: 'timer_not_due' } });
    expect(fire(handed.visit, phone.expiresAtMs + 60_000)).toMatchObject({ visit: { state: 'failed' } });
  });

  it('ends an entrance visit with no camera the same way, with nothing sent to a camera', () => {
    const lobby = scheduleVisit({ id: 'v-3', accessPointId: 'ap-3', personId: 'courier-1', access: 'lobby' });
    const checks = ENTRANCE_REQUIRED_CHECKS.map((name) => ({ name, passed: true, reason: null, evidence: {} }));
    const { visit } = run(
      [
        { type: 'arrive', checks },
        { type: 'unlock_requested', capability: GRANT },
      ],
      { ...lobby, cameraRequired: false } as Visit,
    );
    expect(visit.timers.unlock_confirm_timeout).toBe(DEADLINE);
    const result = fire(visit, DEADLINE);
    if ('error' in result) throw new Error(result.error.message);
    expect(result.visit).toMatchObject({ state: 'failed', reason: 'unlock_refused' });
    expect(result.effects.filter((e) => e.type === 'command')).toEqual([
      { type: 'command', role: 'lock', command: 'lock' },
    ]);
  });

  it('is refused by a garage or car visit, whose machines have their own confirmations', () => {
    for (const access of ['garage', 'car'] as const) {
      const visit = {
        ...scheduleVisit({ id: 'v-2', accessPointId: 'ap-2', personId: 'courier-1', access }),
        timers: { unlock_confirm_timeout: T0 },
      } as Visit;
      expect(fire(visit, T0)).toMatchObject({ error: { code: 'invalid_event' } });
    }
  });
});
