import { describe, expect, it } from 'vitest';
import { type DeviceEvent, doorOpenedWithoutVisit, garageOpenedWithoutVisit, judgeVisit } from '../src/index.js';
import { HAPPY, newVisit, run, T0 } from './visit-fixtures.js';

const s = (n: number) => T0 + n * 1000;
// HAPPY: recording confirmed at s(3), unlocked s(4), door open s(5), closed s(6), relocked s(7).
const done = run(HAPPY).visit;
const beats = (from: number, to: number): DeviceEvent[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ type: 'heartbeat', atMs: s(from + i) }));
const bolt = (b: 'locked' | 'unlocked', n: number): DeviceEvent => ({ type: 'bolt', bolt: b, atMs: s(n) });
const door = (d: 'open' | 'closed', n: number): DeviceEvent => ({ type: 'door', door: d, atMs: s(n) });

describe('judgeVisit', () => {
  it('finds nothing in a visit that kept its expectations', () => {
    const events = [bolt('unlocked', 4), door('open', 5), door('closed', 6), bolt('locked', 7), ...beats(3, 7)];
    expect(judgeVisit(done, events, s(30))).toEqual({ findings: [], unverified: false });
  });
  it('finds a door left open past maxDoorOpenMs (90 s)', () => {
    const events = [bolt('unlocked', 4), door('open', 5), door('closed', 100), bolt('locked', 101), ...beats(3, 101)];
    expect(judgeVisit(done, events, s(200)).findings.map((f) => [f.kind, f.atMs])).toEqual([['door_left_open', s(95)]]);
  });
  it('finds too long inside and a video gap that makes it unverified', () => {
    const events = [bolt('unlocked', 4), bolt('locked', 400), ...beats(3, 10), ...beats(20, 400)];
    const judged = judgeVisit(done, events, s(500));
    expect(judged.findings.map((f) => [f.kind, f.evidence])).toEqual([
      ['visit_overdue', { insideMs: 396_000, maxDurationMs: 300_000 }],
      ['camera_gap', { fromMs: s(10), toMs: s(20), heartbeatGapMs: 5000 }],
    ]);
    expect(judged.unverified).toBe(true);
  });
  it('has nothing to judge for a visit that never unlocked', () => {
    expect(judgeVisit(newVisit(), [door('open', 1)], s(10))).toEqual({ findings: [], unverified: false });
  });
});

describe('doorOpenedWithoutVisit', () => {
  it('alerts when no open visit has the bolt drawn back', () => {
    expect(doorOpenedWithoutVisit([{ id: 'v-2', state: 'arrived' }], s(1))).toEqual({
      kind: 'door_opened_without_visit',
      message: 'The door was opened with no visit in progress',
      atMs: s(1),
      evidence: { openVisitIds: ['v-2'] },
    });
    expect(doorOpenedWithoutVisit([], s(1))?.kind).toBe('door_opened_without_visit');
  });
  it('is quiet when a visit unlocked the door', () => {
    expect(doorOpenedWithoutVisit([{ id: 'v-1', state: 'unlocked' }], s(1))).toBeNull();
    expect(doorOpenedWithoutVisit([{ id: 'v-1', state: 'door_closed' }], s(1))).toBeNull();
  });
});

describe('garageOpenedWithoutVisit', () => {
  it('alerts when no visit at the garage is opening, open or closing it', () => {
    expect(garageOpenedWithoutVisit([{ id: 'v-2', state: 'arrived' }], s(1))).toEqual({
      kind: 'garage_opened_without_visit',
      message: 'The garage door was opened with no visit in progress',
      atMs: s(1),
      evidence: { openVisitIds: ['v-2'] },
    });
    expect(garageOpenedWithoutVisit([], s(1))?.kind).toBe('garage_opened_without_visit');
  });
  it('is quiet when a visit has the garage moving or open', () => {
    for (const state of ['garage_opening', 'garage_open', 'garage_closing'] as const) {
      expect(garageOpenedWithoutVisit([{ id: 'v-1', state }], s(1))).toBeNull();
    }
  });
});
