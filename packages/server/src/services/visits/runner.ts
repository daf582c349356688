import { type Effect, transition, type Visit, type VisitEvent } from '@threshold/core';
import { afterCommit, type Db, outsideOf, withTransaction } from '../../store/db.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { findVisitRow, insertVisit } from '../../store/visits-repo.js';
import { fail, type Outcome } from '../failure.js';
import { type IssuedCapability, issueVisitCapability } from './capability.js';
import type { VisitDeps } from './deps.js';
import { capabilityAudience } from './door-devices.js';
import { carryOut, type SentCommand } from './effects.js';
import { DeliveryEnded, type Persisted, writeEffects, writeVisit } from './persist.js';

// The VisitRunner (docs/visits.md): load the visit, call core `transition`, persist the new visit (optimistic
// `version`) with its ledger facts, alerts and timers in one transaction, then carry out the other effects.

export interface Applied {
  /** The row the transition was decided on (its `version` matched at the write). */
  row: VisitRow;
  /** The row as the transition left it, so a next step in the same request need not read it again. */
  saved: VisitRow;
  visit: Visit;
  effects: readonly Effect[];
  /** Device commands sent after the commit; resolves once every one was answered or gave up. */
  commands: Promise<SentCommand[]>;
  /** The capability the transition issued, signed (for the courier's phone). */
  capability?: IssuedCapability | undefined;
}

class LostRace extends Error {}

export const parseVisit = (row: VisitRow): Visit => JSON.parse(row.data) as Visit;

async function capabilityFor(tx: Db, deps: VisitDeps, row: VisitRow, effects: readonly Effect[]) {
  const grant = effects.find((e) => e.type === 'issue_capability');
  if (!grant) return undefined;
  const lockId = await capabilityAudience(tx, row.access_point_id);
  // No lock (or car) paired any more: the unlock command below finds no device and the visit waits for its timers.
  return lockId === null ? undefined : issueVisitCapability(deps, row.id, lockId, grant);
}

type Step = Omit<Applied, 'commands'> & { persisted: Persisted; cap?: IssuedCapability };

/**
 * How a step finds its visit inside the transaction: read it, insert a new one, or take the row the caller read
 * before (`known`, possibly stale: the `version` check at the write decides, and a refusal is decided again on a
 * fresh read, so a stale row never changes the outcome).
 */
type Load = {
  read: (tx: Db) => Promise<VisitRow | undefined>;
  known?: VisitRow | undefined;
  /** Leave the visit's delivery as it is (persist.ts followVisit). */
  keepDelivery?: boolean | undefined;
  /** Writes what else belongs to this step's commit (a request's idempotent answer), in its transaction. */
  within?: ((tx: Db, step: StepResult) => Promise<void>) | undefined;
};

/** What a step decided, as `Load.within` sees it before the commit. */
export type StepResult = Pick<Applied, 'row' | 'saved' | 'visit' | 'effects'>;

async function step(deps: VisitDeps, load: Load, event: VisitEvent, useKnown: boolean): Promise<Outcome<Step>> {
  return withTransaction(deps.db, async (tx) => {
    const row = useKnown ? load.known : await load.read(tx);
    if (!row) return fail('not-found', 'No such visit');
    const before = parseVisit(row);
    const result = transition(before, event, deps.clock.now());
    if ('error' in result) {
      if (useKnown) throw new LostRace(); // perhaps refused only because the known row is stale

      return fail('conflict', `The visit cannot take "${event.type}" now: ${result.error.message}`, {
        reason: result.error.code,
        state: result.error.state,
      });
    }
    const cap = await capabilityFor(tx, deps, row, result.effects);
    const saved = await writeVisit(tx, deps, row, result.visit, { keepDelivery: load.keepDelivery });
    if (!saved) throw new LostRace();
    const extra = cap ? { 'capability.issued': cap.facts } : {};
    const persisted = await writeEffects(tx, deps, row, result.effects, extra, result.visit, before.timers);
    await load.within?.(tx, { row, saved, visit: result.visit, effects: result.effects });
    return {
      ok: true,
      value: { row, saved, visit: result.visit, effects: result.effects, persisted, ...(cap ? { cap } : {}) },
    };
  });
}

async function run(deps: VisitDeps, load: Load, event: VisitEvent): Promise<Outcome<Applied>> {
  // The known row is a free first try; the read attempts keep their own limit of five.
  const attempts = load.known === undefined ? 5 : 6;
  for (let attempt = 1; ; attempt++) {
    try {
      const done = await step(deps, load, event, attempt === 1 && load.known !== undefined);
      if (!done.ok) return done;
      const { row, saved, visit, effects, persisted, cap } = done.value;
      const committed = { row, visit, effects, persisted, capability: cap?.token };
      // Inside a caller's transaction (a device message's, accept-batch.ts) the effects wait for its commit.
      const commands = new Promise<SentCommand[]>((resolve) =>
        afterCommit(deps.db, () => resolve(carryOut({ ...deps, db: outsideOf(deps.db) }, committed, applyVisitEvent))),
      );
      return { ok: true, value: { row, saved, visit, effects, commands, ...(cap ? { capability: cap } : {}) } };
    } catch (error) {
      if (error instanceof DeliveryEnded) return deliveryEnded();
      // Another node wrote the visit between our read and our write: read it again and decide again.
      if (!(error instanceof LostRace) || attempt >= attempts) throw error;
    }
  }
}

/**
 * Applies one event to a visit; a transition the state refuses is a `conflict` failure and changes nothing.
 * `known` is the visit's row when the caller has just read it (or written it): one read less when it is current.
 */
export function applyVisitEvent(
  deps: VisitDeps,
  visitId: string,
  event: VisitEvent,
  known?: VisitRow,
  options: { keepDelivery?: boolean } = {},
): Promise<Outcome<Applied>> {
  return run(deps, { read: (tx) => findVisitRow(tx, visitId), known, keepDelivery: options.keepDelivery }, event);
}

/** The delivery has ended (core delivery-lifecycle.ts): it admits no visit, and nothing was written. */
export const deliveryEnded = () =>
  fail('conflict', 'This delivery has ended; another attempt is a reattempt by the carrier', {
    reason: 'delivery_ended',
  });

/**
 * Inserts a new visit and applies its first event in the same transaction: one commit, and no read back. `linked`
 * writes what the visit belongs to (a grant's visit row) in that transaction too.
 */
export function openVisit(
  deps: VisitDeps,
  row: VisitRow,
  event: VisitEvent,
  linked?: (tx: Db) => Promise<void>,
  within?: Load['within'],
): Promise<Outcome<Applied>> {
  const read = async (tx: Db) => {
    await insertVisit(tx, row);
    await linked?.(tx);
    return row;
  };
  return run(deps, { read, within }, event);
}
