import {
  type CapabilityGrant,
  type Check,
  REQUIRED_CHECKS,
  scheduleVisit,
  transition,
  type Visit,
  type VisitEvent,
} from '../src/index.js';

export const T0 = Date.parse('2026-06-01T09:00:00Z');

/** The nonce and validity the service brings with a confirmed recording (one minute from T0). */
export const GRANT: CapabilityGrant = { jti: 'jti-0000000000000000000001', issuedAtMs: T0, expiresAtMs: T0 + 60_000 };

export const passedChecks = (): Check[] =>
  REQUIRED_CHECKS.map((name) => ({ name, passed: true, reason: null, evidence: {} }));

export const newVisit = (): Visit => scheduleVisit({ id: 'v-1', accessPointId: 'ap-1', personId: 'courier-1' });

/** Applies events one second apart from T0, failing loudly on a refused one. */
export function run(events: VisitEvent[], start: Visit = newVisit()): { visit: Visit; effects: unknown[] } {
  let visit = start;
  const effects: unknown[] = [];
  events.forEach((event, i) => {
    const result = transition(visit, event, T0 + (i + 1) * 1000);
    if ('error' in result) throw new Error(`${event.type}: ${result.error.message}`);
    visit = result.visit;
    effects.push(...result.effects);
  });
  return { visit, effects };
}

export const HAPPY: VisitEvent[] = [
  { type: 'arrive', checks: passedChecks() },
  { type: 'unlock_requested' },
  { type: 'recording_confirmed', capability: GRANT },
  { type: 'unlocked' },
  { type: 'door_opened' },
  { type: 'door_closed' },
  { type: 'relocked' },
  { type: 'complete' },
];
