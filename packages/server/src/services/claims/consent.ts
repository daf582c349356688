import { claimPolicy } from '../../claims-policy.js';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import type { AlertRow } from '../../store/alerts-repo.js';
import { insertSupportConsent } from '../../store/claims-repo.js';
import { withTransaction } from '../../store/db.js';
import { appendLedger } from '../../store/ledger-repo.js';
import { findVisitRow } from '../../store/visits-repo.js';
import type { ServiceDeps } from '../deps.js';
import { denied, fail, type Outcome } from '../failure.js';
import { homeFor } from '../home-access.js';
import { relationTo } from './access.js';

// The customer's own acts around claims: letting support watch one visit's clips for a while, and acknowledging an
// alert. Both are facts in the home's ledger.

export const CONSENT_MAX_HOURS = 72;

export interface SupportConsent {
  id: string;
  visitId: string;
  grantedAt: string;
  expiresAt: string;
}

/** A home owner lets platform support watch the clips of one visit of the home for `hours`. */
export async function grantSupportConsent(
  deps: ServiceDeps,
  principal: Principal,
  visitId: string,
  hours: number,
): Promise<Outcome<SupportConsent>> {
  const visit = await findVisitRow(deps.db, visitId);
  if (!visit) return fail('not-found', 'No such visit');
  const relation = await relationTo(deps.db, principal, { homeId: visit.home_id, organisationId: null });
  const decision = claimPolicy(principal, relation, 'consent');
  if (!decision.allowed)
    return denied(relation.kind === 'home' ? decision : { ...decision, status: 'not-found' }, 'visit');
  const now = deps.clock.now();
  const consent = {
    id: deps.ids.id('consent'),
    visitId,
    grantedAt: isoAt(now),
    expiresAt: isoAt(now + hours * 3_600_000),
  };
  const userId = principal.kind === 'user' ? principal.userId : '';
  await withTransaction(deps.db, async (tx) => {
    await insertSupportConsent(tx, {
      id: consent.id,
      home_id: visit.home_id,
      visit_id: visitId,
      granted_by: userId,
      granted_at: consent.grantedAt,
      expires_at: consent.expiresAt,
    });
    await appendLedger(tx, {
      homeId: visit.home_id,
      at: consent.grantedAt,
      kind: 'support.consent_granted',
      subject: visitId,
      data: { consentId: consent.id, visitId, by: userId, expiresAt: consent.expiresAt },
    });
  });
  return { ok: true, value: consent };
}

/** A member of the home marks an alert as seen; the first acknowledgement counts, later ones change nothing. */
export async function acknowledgeAlert(
  deps: ServiceDeps,
  principal: Principal,
  alertId: string,
): Promise<Outcome<AlertRow>> {
  const alert = await deps.db.selectFrom('alerts').selectAll().where('id', '=', alertId).executeTakeFirst();
  if (!alert) return fail('not-found', 'No such alert');
  const home = await homeFor(deps, principal, alert.home_id, 'read');
  if (!home.ok) return fail('not-found', 'No such alert');
  if (alert.acknowledged_at !== null) return { ok: true, value: alert };
  const at = isoAt(deps.clock.now());
  const userId = principal.kind === 'user' ? principal.userId : '';
  return withTransaction(deps.db, async (tx) => {
    const updated = await tx
      .updateTable('alerts')
      .set({ acknowledged_at: at })
      .where('id', '=', alertId)
      .where('acknowledged_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 1) {
      await appendLedger(tx, {
        homeId: alert.home_id,
        at,
        kind: 'alert.acknowledged',
        subject: alert.visit_id ?? alert.id,
        data: { alertId, kind: alert.kind, by: userId },
      });
    }
    const row = await tx.selectFrom('alerts').selectAll().where('id', '=', alertId).executeTakeFirstOrThrow();
    return { ok: true, value: row };
  });
}
