import type { Effect, Visit, VisitEvent } from '@threshold/core';
import type { CommandType } from '@threshold/protocol';
import type { CommandResult } from '../../gateway/commands.js';
import { publishHomeEvent } from '../../live/home-events.js';
import type { VisitRow } from '../../store/schema-visits.js';
import type { Outcome } from '../failure.js';
import type { VisitDeps } from './deps.js';
import { devicesByRole } from './door-devices.js';
import { wireCommand } from './kinds/wire-commands.js';
import type { Persisted } from './persist.js';

// After the commit: tell the home's watchers, then send the device commands of the transition, in order.

type Apply = (deps: VisitDeps, visitId: string, event: VisitEvent) => Promise<Outcome<unknown>>;

interface Committed {
  row: VisitRow;
  visit: Visit;
  effects: readonly Effect[];
  persisted: Persisted;
  capability: string | undefined;
}

function announce(deps: VisitDeps, c: Committed): void {
  const homeId = c.row.home_id;
  for (const entry of c.persisted.ledger) publishHomeEvent(deps.bus, homeId, { type: 'home.ledger', ...entry });
  for (const alert of c.persisted.alerts) {
    publishHomeEvent(deps.bus, homeId, {
      type: 'home.alert',
      alertId: alert.id,
      kind: alert.kind,
      message: alert.message,
      visitId: c.row.id,
    });
  }
  const last = c.persisted.ledger.at(-1);
  publishHomeEvent(deps.bus, homeId, {
    type: 'home.visit',
    visitId: c.row.id,
    state: c.visit.state,
    entry: last ? { seq: last.seq, kind: last.kind } : null,
  });
  if (c.persisted.timersSet) deps.kickJobs?.();
}

type Command = Extract<Effect, { type: 'command' }>;

/** The lock's answer to an unlock decides the visit when it refuses: a jam is a jam, anything else a refusal. */
async function onUnlockAnswer(deps: VisitDeps, apply: Apply, visitId: string, reason: string | undefined) {
  const event: VisitEvent =
    reason === 'jammed' ? { type: 'jammed' } : { type: 'unlock_refused', reason: reason ?? 'rejected' };
  const result = await apply(deps, visitId, event);
  if (!result.ok) deps.log.info({ visitId, reason: result.error.detail }, 'unlock refusal not applied');
}

/**
 * The lock was offline, so the unlock command was never published: its capability provably never reached the lock,
 * and the courier's phone may be given one instead (core visit-capability.ts).
 */
async function neverSent(deps: VisitDeps, apply: Apply, c: Committed) {
  const issued = c.effects.find((e) => e.type === 'issue_capability');
  if (!issued) return;
  const event: VisitEvent = { type: 'capability_unused', jti: issued.jti, reason: 'lock_offline' };
  const result = await apply(deps, c.row.id, event);
  if (!result.ok) deps.log.info({ visitId: c.row.id, reason: result.error.detail }, 'capability not marked unused');
}

async function closeNotTaken(deps: VisitDeps, apply: Apply, visitId: string, error: string) {
  const event: VisitEvent = {
    type: 'garage_obstructed',
    detail: `the opener did not take the close command (${error})`,
  };
  const result = await apply(deps, visitId, event);
  if (!result.ok) deps.log.info({ visitId, reason: result.error.detail }, 'close failure not applied');
}

export interface SentCommand {
  type: CommandType;
  result: CommandResult;
}

async function sendCommands(deps: VisitDeps, c: Committed, apply: Apply): Promise<SentCommand[]> {
  const sent: SentCommand[] = [];
  const commands = c.effects.filter((e): e is Command => e.type === 'command');
  if (commands.length === 0) return sent;
  const devices = await devicesByRole(deps.db, c.row.access_point_id);
  for (const e of commands) {
    const deviceId = devices.get(e.role) ?? null;
    const command = wireCommand(e, c.row.id, c.capability);
    if (deviceId === null || command === null) {
      deps.log.warn({ visitId: c.row.id, command: e.command }, 'no device to send the command to');
      continue;
    }
    const [type, params] = command;
    // In order, each after the previous one was answered: the machine lists them in the order they must happen.
    const result = await deps.gateway.sendCommand(deviceId, type, params);
    sent.push({ type, result });
    if (!result.ok)
      deps.log.warn(
        { visitId: c.row.id, command: type, error: result.error, reason: result.ack?.reason },
        'command failed',
      );
    if (type === 'unlock' && !result.ok && result.error === 'rejected') {
      await onUnlockAnswer(deps, apply, c.row.id, result.ack?.reason);
    }
    if (type === 'unlock' && !result.ok && result.error === 'offline') await neverSent(deps, apply, c);
    if (type === 'garage.open' && !result.ok && result.error === 'rejected') {
      await onUnlockAnswer(deps, apply, c.row.id, result.ack?.reason);
    }
    // A close the opener did not take counts as a close that did not happen: the machine retries once, then alerts.
    if (type === 'garage.close' && !result.ok) await closeNotTaken(deps, apply, c.row.id, result.error);
  }
  return sent;
}

export function carryOut(deps: VisitDeps, c: Committed, apply: Apply): Promise<SentCommand[]> {
  announce(deps, c);
  return sendCommands(deps, c, apply).catch((error: unknown) => {
    deps.log.error({ visitId: c.row.id, err: String(error) }, 'visit effects failed');
    return [];
  });
}
