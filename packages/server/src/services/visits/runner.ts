import { type Effect, transition, type Visit, type VisitEvent } from '@threshold/core';
import { type Db, withTransaction } from '../../store/db.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { findVisitRow, insertVisit } from '../../store/visits-repo.js';
import { fail, type Outcome } from '../failure.js';
import { type IssuedCapability, issueVisitCapability } from './capability.js';
import type { VisitDeps } from './deps.js';
import { doorDevices } from './door-devices.js';
import { carryOut, type SentCommand } from './effects.js';
import { type Persisted, writeEffects, writeVisit } from './persist.js';

// The VisitRunner (docs/visits.md): load the visit, call core `transition`, persist the new visit (optimistic
// `version`) with its ledger facts, alerts and timers in one transaction, then carry out the other effects.

export interface Applied {
  row: VisitRow;
  visit: Visit;
  effects: readonly Effect[];
  /** Device commands sent after the commit; resolves once every one was answered or gave up. */
  commands: Promise<SentCommand[]>;
}

class LostRace extends Error {}

export const parseVisit = (row: VisitRow): Visit => JSON.parse(row.data) as Visit;

async function capabilityFor(tx: Db, deps: VisitDeps, row: VisitRow, effects: readonly Effect[]) {
  if (!effects.some((e) => e.type === 'issue_capability')) return undefined;
  const { lockId } = await doorDevices(tx, row.access_point_id);
  // No lock paired any more: the unlock command below finds no device and the visit waits for its timers.
  return lockId === null ? undefined : issueVisitCapability(deps, row.id, lockId);
}

type Step = { row: VisitRow; visit: Visit; effects: readonly Effect[]; persisted: Persisted; cap?: IssuedCapability };

/** How a step finds its visit inside the transaction: read it, or insert a new one. */
type Load = (tx: Db) => Promise<VisitRow | undefined>;

async function step(deps: VisitDeps, load: Load, event: VisitEvent): Promise<Outcome<Step>> {
  return withTransaction(deps.db, async (tx) => {
    const row = await load(tx);
    if (!row) return fail('not-found', 'No such visit');
    const result = transition(parseVisit(row), event, deps.clock.now());
    if ('error' in result) {
      return fail('conflict', `The visit cannot take "${event.type}" now: ${result.error.message}`, {
        reason: result.error.code,
        state: result.error.state,
      });
    }
    const cap = await capabilityFor(tx, deps, row, result.effects);
    if (!(await writeVisit(tx, deps, row, result.visit))) throw new LostRace();
    const extra = cap ? { 'capability.issued': cap.facts } : {};
    const persisted = await writeEffects(tx, deps, row, result.effects, extra);
    return {
      ok: true,
      value: { row, visit: result.visit, effects: result.effects, persisted, ...(cap ? { cap } : {}) },
    };
  });
}

async function run(deps: VisitDeps, load: Load, event: VisitEvent): Promise<Outcome<Applied>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const done = await step(deps, load, event);
      if (!done.ok) return done;
      const { row, visit, effects, persisted, cap } = done.value;
      const commands = carryOut(deps, { row, visit, effects, persisted, capability: cap?.token }, applyVisitEvent);
      return { ok: true, value: { row, visit, effects, commands } };
    } catch (error) {
      // Another node wrote the visit between our read and our write: read it again and decide again.
      if (!(error instanceof LostRace) || attempt >= 5) throw error;
    }
  }
}

/** Applies one event to a visit; a transition the state refuses is a `conflict` failure and changes nothing. */
export function applyVisitEvent(deps: VisitDeps, visitId: string, event: VisitEvent): Promise<Outcome<Applied>> {
  return run(deps, (tx) => findVisitRow(tx, visitId), event);
}

/** Inserts a new visit and applies its first event in the same transaction: one commit, and no read back. */
export function openVisit(deps: VisitDeps, row: VisitRow, event: VisitEvent): Promise<Outcome<Applied>> {
  return run(
    deps,
    async (tx) => {
      await insertVisit(tx, row);
      return row;
    },
    event,
  );
}
