import {
  type Check,
  evaluateServiceChecks,
  type ReportedPosition,
  scheduleOccurrenceAt,
  scheduleVisit,
} from '@threshold/core';
import { scheduleJob } from '../../jobs/schedule.js';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import { insertGrantVisit } from '../../store/grants-repo.js';
import { listMembers } from '../../store/organisations-repo.js';
import type { GrantRow } from '../../store/schema-grants.js';
import { listOpenVisitsOfHome } from '../../store/visits-repo.js';
import { loadDoorContext } from '../deliveries-context.js';
import { fail, type Outcome } from '../failure.js';
import { checkPreferencesOf } from '../preferences.js';
import type { VisitDeps } from '../visits/deps.js';
import { type Applied, applyVisitEvent, openVisit } from '../visits/runner.js';
import { grantFor } from './access.js';
import { scheduleOf, termsOf } from './terms.js';

// The worker at the door under a grant (docs/grants.md "Check-in"): a visit is opened and every check runs, recorded
// by name with its evidence in the home's ledger; the door then opens only through the visit's unlock (the same
// recording-confirmed-first path as a delivery: POST /v1/visits/{id}/unlock).

export const OVERSTAY_JOB = 'grant.overstay';
export const overstayKey = (visitId: string, kind: string) => `grant-visit:${visitId}:${kind}`;

export interface CheckIn {
  applied: Applied;
  checks: readonly Check[];
}

/** Who the grant lets in now: the named worker (still a worker), every worker of the provider, or the person. */
async function allowedPeople(deps: VisitDeps, grant: GrantRow): Promise<string[]> {
  if (grant.grantee_kind === 'person') return grant.person_id && grant.accepted_at ? [grant.person_id] : [];
  const workers = (await listMembers(deps.db, grant.organisation_id ?? '')).filter((m) => m.role === 'worker');
  const ids = workers.map((m) => m.user_id);
  return grant.worker_id === null ? ids : ids.filter((id) => id === grant.worker_id);
}

/** A revoked grant opens no visit at all (DESIGN.md "An ended thing opens nothing"); the refusal names the check. */
const revoked = () =>
  fail('conflict', 'The customer revoked this access grant', { reason: 'grant_revoked', check: 'grant_active' });

export async function checkIn(
  deps: VisitDeps,
  principal: Principal,
  grantId: string,
  input: { position: ReportedPosition; accessPointId?: string | undefined },
): Promise<Outcome<CheckIn>> {
  const found = await grantFor(deps.db, principal, grantId, 'check_in');
  // Someone the grant means nothing to is told it does not exist, and the answer names the check they fail.
  if (!found.ok) return found.error.code === 'not-found' ? notYours() : found;
  const grant = found.value.grant;
  if (grant.status === 'revoked') return revoked();
  const terms = termsOf(grant);
  const accessPointId = input.accessPointId ?? terms.accessPointIds[0];
  if (accessPointId === undefined || !terms.accessPointIds.includes(accessPointId))
    return fail('not-found', 'This grant does not open that door', { check: 'customer_allows' });
  const ctx = await loadDoorContext(deps.db, grant.home_id, accessPointId, '');
  if (!ctx) return fail('conflict', 'The door of this grant no longer exists');
  const personId = principal.kind === 'user' ? principal.userId : '';
  const open = await listOpenVisitsOfHome(deps.db, grant.home_id);
  const mine = open.find((v) => v.person_id === personId && v.access_point_id === accessPointId);
  if (mine && mine.state !== 'denied')
    return fail('conflict', 'You are already checked in at this door', { reason: 'visit_open', visitId: mine.id });
  if (mine) await applyVisitEvent(deps, mine.id, { type: 'abort', reason: 'other', note: 'checked in again' }, mine);
  const schedule = scheduleOf(terms, ctx.home.zone);
  const maxVisitMs = terms.maxVisitMinutes * 60_000;
  const visit = scheduleVisit({
    id: deps.ids.id('visit'),
    accessPointId,
    personId,
    reentry: true,
    expectations: { ...deps.expectations, maxDurationMs: maxVisitMs },
  });
  const now = deps.clock.now();
  const checks = evaluateServiceChecks(
    {
      visitId: visit.id,
      person: { personId },
      grant: {
        id: grant.id,
        version: grant.version,
        status: grant.status,
        workerIds: await allowedPeople(deps, grant),
        schedule,
      },
      home: ctx.home,
      // The grant names its doors: they are open to this service whatever the delivery preferences say.
      accessPoint: ctx.accessPoint,
      preferences: { ...checkPreferencesOf(ctx.preferences), inHomeAccessPointIds: terms.accessPointIds },
      position: input.position,
      lock: ctx.lock,
      camera: ctx.camera,
      openVisits: open
        .filter((v) => v.id !== mine?.id)
        .map((v) => ({ visitId: v.id, accessPointId: v.access_point_id })),
    },
    now,
  );
  const window = schedule ? scheduleOccurrenceAt(schedule, now) : null;
  const at = isoAt(now);
  const row = {
    id: visit.id,
    home_id: grant.home_id,
    access_point_id: accessPointId,
    delivery_id: null,
    person_id: personId,
    state: visit.state,
    open: 1,
    data: JSON.stringify(visit),
    version: 0,
    opened_at: at,
    closed_at: null,
    updated_at: at,
  };
  const link = {
    visit_id: visit.id,
    grant_id: grant.id,
    grant_version: grant.version,
    home_id: grant.home_id,
    window_start: window ? isoAt(window.startMs) : null,
    window_end: window ? isoAt(window.endMs) : null,
    verdict: null,
    checked_out_at: null,
  };
  const applied = await openVisit(deps, row, { type: 'arrive', checks }, (tx) => insertGrantVisit(tx, link));
  if (!applied.ok) return applied;
  if (applied.value.visit.state === 'arrived')
    await armOverstay(deps, visit.id, now + maxVisitMs, window?.endMs ?? null);
  return { ok: true, value: { applied: applied.value, checks } };
}

const notYours = () => fail('not-found', 'No such grant for you', { check: 'person_assigned' });

/** Durable timers for a worker still inside past the window's end or past the longest visit (overstay.ts). */
async function armOverstay(deps: VisitDeps, visitId: string, maxAtMs: number, windowEndMs: number | null) {
  const timers = [
    { kind: 'max_visit', atMs: maxAtMs },
    ...(windowEndMs === null ? [] : [{ kind: 'window_end', atMs: windowEndMs }]),
  ];
  await withTransaction(deps.db, async (tx) => {
    for (const t of timers) {
      await scheduleJob(tx, {
        key: overstayKey(visitId, t.kind),
        kind: OVERSTAY_JOB,
        runAt: isoAt(t.atMs),
        payload: { visitId, kind: t.kind },
        id: deps.ids.id('job'),
        createdAt: isoAt(deps.clock.now()),
      });
    }
  });
  deps.kickJobs?.();
}
