import type { Effect, VisitEvent } from './visit-events.js';
import { command, type Handled, ledger, refuse, retime } from './visit-step.js';
import { unlockConfirmDeadline, type Visit, type VisitCapability } from './visit-types.js';

// One live key per visit (DESIGN.md "Trust rules", docs/visits.md "Capabilities"). The visit holds the capability
// it issued last; a new one is issued only once that one expired or is proven unused. The service brings the nonce
// and validity (core draws no randomness and reads no clock) and the optimistic `version` write of the visit makes
// the rule atomic in the store.

type EventOf<T extends VisitEvent['type']> = Extract<VisitEvent, { type: T }>;

/** The visit's capability that could still open the lock at `nowMs`: unexpired and not proven unused. */
export function liveCapability(visit: Visit, nowMs: number): VisitCapability | null {
  const cap = visit.capability;
  return cap && !cap.unused && nowMs < cap.expiresAtMs ? cap : null;
}

/** The effects that issue `cap`: the signing (by the service) and its ledger fact. */
export function issueEffects(visit: Visit, cap: VisitCapability): Effect[] {
  const { jti, issuedAtMs, expiresAtMs, channel } = cap;
  return [
    { type: 'issue_capability', action: 'unlock', jti, issuedAtMs, expiresAtMs, channel },
    ledger('capability.issued', {
      action: 'unlock',
      accessPointId: visit.accessPointId,
      channel,
      nonce: jti,
      issuedAtMs,
      expiresAtMs,
    }),
  ];
}

/**
 * The courier's phone asks for a capability for a lock that cannot reach the cloud: only while the unlock is due
 * (recording confirmed, bolt not moved) and only when no other capability of this visit is live.
 */
export function onCapabilityRequested(visit: Visit, event: EventOf<'capability_requested'>, nowMs: number): Handled {
  if (visit.state !== 'recording') {
    return refuse('a capability is issued only once the camera confirmed recording, before the door opens');
  }
  const live = liveCapability(visit, nowMs);
  if (live) {
    return refuse(
      `capability ${live.jti} is live until ${new Date(live.expiresAtMs).toISOString()}`,
      'capability_live',
    );
  }
  if (event.capability.expiresAtMs <= nowMs) return refuse('the capability would be born expired');
  const cap: VisitCapability = { ...event.capability, channel: 'phone', unused: false };
  // The bolt is awaited until no lock can accept this one either (never earlier than for the one before it).
  const until = Math.max(unlockConfirmDeadline(cap), visit.timers.unlock_confirm_timeout ?? 0);
  const { timers, effects } = retime(visit.timers, { unlock_confirm_timeout: until });
  return { visit: { ...visit, capability: cap, timers }, effects: [...issueEffects(visit, cap), ...effects] };
}

/** Proof that the capability never reached the lock (it was never sent): it may be replaced at once. */
export function onCapabilityUnused(visit: Visit, event: EventOf<'capability_unused'>, nowMs: number): Handled {
  const cap = visit.capability;
  if (!cap || cap.jti !== event.jti) return refuse('no such capability for this visit');
  if (cap.unused) return { visit, effects: [] };
  return {
    visit: { ...visit, capability: { ...cap, unused: true } },
    effects: [ledger('capability.unused', { nonce: cap.jti, atMs: nowMs, reason: event.reason })],
  };
}

/**
 * A visit that ends while its capability may still be live tells the lock the visit is over, so the lock refuses
 * whatever capability of it is left (docs/protocol.md §7 "visit.close"). An offline lock misses this; the
 * capability's short validity bounds it instead.
 */
export function closeEffects(before: Visit, nowMs: number): Effect[] {
  const live = liveCapability(before, nowMs);
  if (!live) return [];
  return [command.visitClose, ledger('capability.revoked', { nonce: live.jti, expiresAtMs: live.expiresAtMs })];
}
