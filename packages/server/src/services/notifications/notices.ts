import { findAccessPoint } from '../../store/access-points-repo.js';
import { findEntranceAccessPoint } from '../../store/buildings-repo.js';
import type { Db } from '../../store/db.js';
import { findHome } from '../../store/homes-repo.js';
import type { NoticeSource } from '../../store/notice-jobs.js';
import { findVisitRow } from '../../store/visits-repo.js';
import { kindOfAlert, type NotificationKind, VISIT_STEP_KINDS } from './kinds.js';

// What a notice says, composed when it is fanned out from the fact its job names (the alert row, the visit).

export interface Notice {
  kind: NotificationKind;
  homeId: string;
  title: string;
  body: string;
  /** Where the app shows it, relative to PUBLIC_URL. */
  path: string;
}

const TITLES: Record<NotificationKind, string> = {
  arrival: 'Courier at the door',
  unlock: 'Door unlocked',
  relock: 'Door locked again',
  done: 'Delivery update',
  alert: 'Alert',
  grant_visit: 'Service visit',
  device_offline: 'Device needs attention',
};

function stepBody(state: string, door: string, grant: boolean): string {
  const who = grant ? 'your service visitor' : 'the courier';
  if (state === 'arrived') return `${grant ? 'Your service visitor' : 'The courier'} has arrived at your ${door}.`;
  if (state === 'unlocked') return `Your ${door} was unlocked for ${who}.`;
  return `Your ${door} is locked again.`;
}

function entranceBody(state: string, entrance: string, recorded: boolean): string {
  if (state === 'arrived') return `A courier for you has arrived at your building's ${entrance}.`;
  // An entrance may have no camera (core kinds/entrance.ts): the notice then says the passage was not recorded.
  const unrecorded = recorded ? '' : ' It has no camera, so the passage was not recorded.';
  if (state === 'unlocked') return `A courier entered your building's ${entrance} to deliver to you.${unrecorded}`;
  return `Your building's ${entrance} is locked again.`;
}

async function titled(db: Db, homeId: string, kind: NotificationKind, body: string, path: string) {
  const home = await findHome(db, homeId);
  const title = home ? `${home.name}: ${TITLES[kind]}` : TITLES[kind];
  return { kind, homeId, title, body, path };
}

/** The notice a job announces, or null when its fact is gone. */
export async function composeNotice(db: Db, source: NoticeSource): Promise<Notice | null> {
  if (source.source === 'alert') {
    const alert = await db.selectFrom('alerts').selectAll().where('id', '=', source.alertId).executeTakeFirst();
    if (!alert) return null;
    const visit = alert.visit_id ? await findVisitRow(db, alert.visit_id) : undefined;
    const kind = kindOfAlert(alert.kind, visit ? { grant: visit.delivery_id === null } : null);
    const path = alert.visit_id ? `/visits/${alert.visit_id}` : '/';
    return titled(db, alert.home_id, kind, alert.message, path);
  }
  const visit = await findVisitRow(db, source.visitId);
  const stepKind = VISIT_STEP_KINDS[source.state];
  if (!visit || !stepKind) return null;
  const grant = visit.delivery_id === null;
  const ap =
    (await findAccessPoint(db, visit.home_id, visit.access_point_id)) ??
    (await findEntranceAccessPoint(db, visit.access_point_id));
  const door = (ap?.name ?? 'door').toLowerCase();
  // A building's entrance is not the resident's door: they are told a courier came in for them (docs/buildings.md).
  const body =
    ap && ap.home_id !== visit.home_id
      ? entranceBody(
          source.state,
          door,
          (JSON.parse(visit.data) as { cameraRequired?: boolean }).cameraRequired !== false,
        )
      : stepBody(source.state, door, grant);
  return titled(db, visit.home_id, grant ? 'grant_visit' : stepKind, body, `/visits/${visit.id}`);
}
