import { describe, expect, it } from 'vitest';
import { transition, type VisitEvent } from '../src/index.js';
import { GRANT, HAPPY, newVisit, passedChecks, run, T0 } from './visit-fixtures.js';

const s = (n: number) => T0 + n * 1000;

describe('the happy path', () => {
  it('walks every state in order', () => {
    const states = HAPPY.map((_, i) => run(HAPPY.slice(0, i + 1)).visit.state);
    expect(states).toEqual([
      'arrived',
      'verified',
      'recording',
      'unlocked',
      'door_opened',
      'door_closed',
      'relocked',
      'completed',
    ]);
  });
  it('starts the camera on the request, and issues the capability only after confirmation', () => {
    expect(run(HAPPY.slice(0, 2)).effects.slice(-4)).toEqual([
      { type: 'ledger', kind: 'unlock.requested', data: { atMs: s(2) } },
      { type: 'command', role: 'camera', command: 'record.start' },
      { type: 'ledger', kind: 'recording.requested', data: {} },
      { type: 'set_timer', kind: 'recording_confirm_timeout', atMs: s(2) + 10_000 },
    ]);
    const { visit } = run(HAPPY.slice(0, 2));
    const result = transition(visit, { type: 'recording_confirmed', capability: GRANT }, s(3));
    expect('effects' in result && result.effects).toEqual([
      { type: 'cancel_timer', kind: 'recording_confirm_timeout' },
      { type: 'set_timer', kind: 'heartbeat_gap', atMs: s(3) + 5_000 },
      // Until no lock can accept the capability: its expiry plus the lock's 60 s skew (docs/protocol.md §7).
      { type: 'set_timer', kind: 'unlock_confirm_timeout', atMs: GRANT.expiresAtMs + 60_000 },
      { type: 'ledger', kind: 'recording.confirmed', data: { atMs: s(3) } },
      { type: 'issue_capability', action: 'unlock', channel: 'mqtt', ...GRANT },
      {
        type: 'ledger',
        kind: 'capability.issued',
        data: {
          action: 'unlock',
          accessPointId: 'ap-1',
          channel: 'mqtt',
          nonce: GRANT.jti,
          issuedAtMs: GRANT.issuedAtMs,
          expiresAtMs: GRANT.expiresAtMs,
        },
      },
      { type: 'command', role: 'lock', command: 'unlock' },
    ]);
  });
  it('stops recording only at the relock, with the post-roll', () => {
    const { visit } = run(HAPPY.slice(0, 6));
    const result = transition(visit, { type: 'relocked' }, s(7));
    expect('effects' in result && result.effects).toEqual([
      { type: 'cancel_timer', kind: 'relock_due' },
      { type: 'cancel_timer', kind: 'overdue' },
      { type: 'cancel_timer', kind: 'heartbeat_gap' },
      { type: 'ledger', kind: 'lock.relocked', data: { atMs: s(7), insideMs: 3000 } },
      { type: 'command', role: 'camera', command: 'record.stop', postRollMs: 10_000 },
      { type: 'ledger', kind: 'recording.stop_requested', data: { postRollMs: 10_000 } },
    ]);
  });
  it('records the opening and every check at arrival', () => {
    const kinds = run(HAPPY.slice(0, 1)).effects.map((e) => (e as { kind: string }).kind);
    expect(kinds).toEqual(['visit.opened', ...Array(7).fill('visit.check'), 'arrival_timeout']);
  });
});

describe('denial and fallback', () => {
  const failing = passedChecks().map((c) =>
    c.name === 'customer_allows' ? { ...c, passed: false, reason: 'The customer asked for no one to enter today' } : c,
  );
  it('a failed check denies, and tells the customer why', () => {
    const { visit, effects } = run([{ type: 'arrive', checks: failing }]);
    expect(visit.state).toBe('denied');
    expect(effects.slice(-2)).toEqual([
      {
        type: 'ledger',
        kind: 'visit.denied',
        data: { failed: ['customer_allows'], reasons: ['The customer asked for no one to enter today'], missing: [] },
      },
      { type: 'notify_customer', message: 'Access was refused: The customer asked for no one to enter today' },
    ]);
  });
  it('a missing check counts as failed', () => {
    expect(run([{ type: 'arrive', checks: passedChecks().slice(1) }]).visit.state).toBe('denied');
    expect(run([{ type: 'arrive', checks: [] }]).visit.state).toBe('denied');
  });
  it('a denied visit cannot ask to unlock, and falls back with a photo', () => {
    const { visit } = run([{ type: 'arrive', checks: failing }]);
    expect(transition(visit, { type: 'unlock_requested' }, s(2))).toMatchObject({
      error: { code: 'invalid_event', state: 'denied' },
    });
    expect(transition(visit, { type: 'fallback', method: 'doorstep' }, s(2))).toMatchObject({
      error: { message: 'a doorstep fallback needs a photo' },
    });
    const done = transition(visit, { type: 'fallback', method: 'doorstep', photo: 'sha256:ab' }, s(2));
    expect('visit' in done && done.visit).toMatchObject({ state: 'fallback', method: 'doorstep', photo: 'sha256:ab' });
  });
});

describe('failures and aborts', () => {
  it('a camera that does not confirm in time fails the visit with an alert, and nothing unlocks', () => {
    const { visit } = run(HAPPY.slice(0, 2));
    expect(transition(visit, { type: 'timer', kind: 'recording_confirm_timeout' }, s(11))).toMatchObject({
      error: { code: 'timer_not_due' },
    });
    const result = transition(visit, { type: 'timer', kind: 'recording_confirm_timeout' }, s(12));
    expect('visit' in result && result.visit).toMatchObject({
      state: 'failed',
      reason: 'camera_failed',
      marks: { alerts: ['camera_failed'] },
    });
    expect(
      'effects' in result &&
        result.effects.some((e) => e.type === 'issue_capability' || (e.type === 'command' && e.command === 'unlock')),
    ).toBe(false);
  });
  it('a jam while the door is unlocked fails with lock_jammed and keeps the camera running', () => {
    const { visit } = run(HAPPY.slice(0, 4));
    const result = transition(visit, { type: 'jammed' }, s(5));
    expect('visit' in result && result.visit).toMatchObject({
      state: 'failed',
      reason: 'lock_jammed',
      boltMayBeOpen: true,
      marks: { alerts: ['lock_jammed'] },
    });
    expect('effects' in result && result.effects.some((e) => e.type === 'command' && e.command === 'record.stop')).toBe(
      false,
    );
  });
  it('a refused unlock fails and stops the camera (the bolt never moved)', () => {
    const { visit, effects } = run([...HAPPY.slice(0, 3), { type: 'unlock_refused', reason: 'expired' }]);
    expect(visit).toMatchObject({
      state: 'failed',
      reason: 'unlock_refused',
      detail: 'the lock refused to open (expired)',
    });
    expect(effects).toContainEqual({ type: 'command', role: 'camera', command: 'record.stop', postRollMs: 10_000 });
  });
  it('abort is refused while the door is unlocked and accepted after the relock', () => {
    const { visit } = run(HAPPY.slice(0, 5));
    expect(transition(visit, { type: 'abort', reason: 'dog', note: '' }, s(6))).toMatchObject({
      error: { code: 'invalid_event', message: 'the door must be relocked before the visit is aborted' },
    });
    expect(run([...HAPPY.slice(0, 7), { type: 'abort', reason: 'dog', note: 'loose dog' }]).visit).toMatchObject({
      state: 'aborted',
      reason: 'dog',
    });
  });
  it('an abort while the camera starts tells it to stop', () => {
    const { effects } = run([...HAPPY.slice(0, 2), { type: 'abort', reason: 'unsafe', note: '' }]);
    expect(effects).toContainEqual({ type: 'command', role: 'camera', command: 'record.stop', postRollMs: 10_000 });
  });
});

describe('timers and heartbeats', () => {
  it('an unused unlock is relocked by command, then alerted when the lock stays silent', () => {
    const { visit } = run(HAPPY.slice(0, 4)); // unlocked at s(4), relock due at s(4) + 15 s
    const first = transition(visit, { type: 'timer', kind: 'relock_due' }, s(19));
    expect('effects' in first && first.effects).toEqual([
      { type: 'command', role: 'lock', command: 'lock' },
      { type: 'set_timer', kind: 'relock_due', atMs: s(34) },
    ]);
    const second = 'visit' in first ? transition(first.visit, { type: 'timer', kind: 'relock_due' }, s(34)) : first;
    expect('visit' in second && second.visit.marks).toEqual({ unverified: false, alerts: ['lock_jammed'] });
  });
  it('a heartbeat gap while unlocked marks the visit unverified', () => {
    const { visit } = run([...HAPPY.slice(0, 4), { type: 'heartbeat' }]); // last heartbeat s(5)
    expect(transition(visit, { type: 'timer', kind: 'heartbeat_gap' }, s(9))).toMatchObject({
      error: { code: 'timer_not_due' },
    });
    const result = transition(visit, { type: 'timer', kind: 'heartbeat_gap' }, s(10));
    expect('visit' in result && result.visit.marks).toEqual({ unverified: true, alerts: ['camera_gap'] });
  });
  it('a door left open raises door_left_open', () => {
    const { visit } = run(HAPPY.slice(0, 5));
    const result = transition(visit, { type: 'timer', kind: 'door_open_too_long' }, s(5) + 90_000);
    expect('effects' in result && result.effects[0]).toEqual({
      type: 'alert',
      kind: 'door_left_open',
      message: 'The door has been left open',
    });
  });
  it('an arrival with no next step times out and closes the visit, and the customer is told', () => {
    const { visit } = run(HAPPY.slice(0, 1));
    const due = visit.timers.arrival_timeout ?? 0;
    expect(due - ('arrivedAtMs' in visit ? visit.arrivedAtMs : 0)).toBe(180_000);
    expect(transition(visit, { type: 'timer', kind: 'arrival_timeout' }, due - 1)).toMatchObject({
      error: { code: 'timer_not_due' },
    });
    const result = transition(visit, { type: 'timer', kind: 'arrival_timeout' }, due);
    expect('visit' in result && result.visit).toMatchObject({ state: 'aborted', reason: 'timed_out', timers: {} });
    expect('effects' in result && result.effects.map((e) => e.type)).toContain('notify_customer');
    // Asking to open disarms it: a visit under way never times out this way.
    expect(run(HAPPY.slice(0, 2)).visit.timers.arrival_timeout).toBeUndefined();
  });
  it('a cancelled timer arriving late changes nothing', () => {
    const { visit } = run(HAPPY.slice(0, 7));
    expect(transition(visit, { type: 'timer', kind: 'relock_due' }, s(100))).toMatchObject({
      error: { code: 'timer_not_armed' },
    });
  });
});

describe('refusals', () => {
  it('refuses an unlock report with no confirmed recording', () => {
    const { visit } = run(HAPPY.slice(0, 2));
    expect(transition(visit, { type: 'unlocked' }, s(3))).toEqual({
      error: {
        code: 'invalid_event',
        state: 'verified',
        event: 'unlocked',
        message: 'no unlock was issued after a confirmed recording',
      },
    });
  });
  it('a completed visit accepts nothing', () => {
    const { visit } = run(HAPPY);
    const events: VisitEvent[] = [
      { type: 'heartbeat' },
      { type: 'door_opened' },
      { type: 'abort', reason: 'other', note: '' },
    ];
    for (const event of events) expect(transition(visit, event, s(20))).toMatchObject({ error: { code: 'terminal' } });
  });
  it('refuses a second arrival', () => {
    expect(transition(run(HAPPY.slice(0, 1)).visit, { type: 'arrive', checks: passedChecks() }, s(2))).toMatchObject({
      error: { code: 'invalid_event' },
    });
  });
  it('starts from a scheduled visit with default expectations', () => {
    expect(newVisit()).toMatchObject({
      state: 'scheduled',
      timers: {},
      marks: { unverified: false, alerts: [] },
      expectations: { postRollMs: 10_000 },
    });
  });
});
