import { describe, expect, it } from 'vitest';
import { footageParts } from '../src/customer/visits/footage.js';

// Which stretches of a visit the camera's segments cover, and where footage is missing (shown as a gap).

const at = (s: number) => new Date(Date.UTC(2026, 11, 2, 12, 18, 0) + s * 1000).toISOString();
const clip = (id: string, from: number, to: number) => ({ id, startedAt: at(from), endedAt: at(to) });

describe('footage of a visit', () => {
  it('lists consecutive segments in order, with no gap', () => {
    const parts = footageParts([clip('b', 60, 102), clip('a', 0, 60)], { from: at(5), to: at(100) });
    expect(parts.map((p) => (p.kind === 'clip' ? p.clip.id : 'gap'))).toEqual(['a', 'b']);
  });

  it('shows a missing stretch between segments, and at the end, as gaps', () => {
    const parts = footageParts([clip('a', 0, 60), clip('c', 90, 95)], { from: at(5), to: at(102) });
    expect(parts).toEqual([
      { kind: 'clip', clip: clip('a', 0, 60), index: 0 },
      { kind: 'gap', from: at(60), to: at(90) },
      { kind: 'clip', clip: clip('c', 90, 95), index: 1 },
      { kind: 'gap', from: at(95), to: at(102) },
    ]);
  });

  it('shows the start as a gap when the first segment began after the door was unlocked', () => {
    const parts = footageParts([clip('a', 20, 60)], { from: at(5), to: at(58) });
    expect(parts[0]).toEqual({ kind: 'gap', from: at(5), to: at(20) });
  });

  it('does not count clock skew of a second or so as a gap', () => {
    const parts = footageParts([clip('a', 0, 60), clip('b', 61, 100)], { from: at(1), to: at(101) });
    expect(parts.every((p) => p.kind === 'clip')).toBe(true);
  });
});
