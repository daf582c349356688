import type { Db } from '../../store/db.js';
import { findHome } from '../../store/homes-repo.js';
import type { NoticeSource } from '../../store/notice-jobs.js';
import {
  findNoticeAlerts,
  findNoticeVisits,
  type NoticeAlertRow,
  type NoticeVisitRow,
} from '../../store/notice-reads.js';
import { kindOfAlert, type NotificationKind, VISIT_STEP_KINDS } from './kinds.js';

// What a notice says, composed when it is fanned out from the fact its job names (the alert row, the visit): the
// facts of a whole batch of notices are read at once, and the home's name comes with its people (fanout.ts).

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

/** A notice before its home is named (the name is read with the home's people). */
export type NoticeDraft = Omit<Notice, 'title'>;

/** The title names the home, unless it is gone. */
export function titled(draft: NoticeDraft, homeName: string | null): Notice {
  const title = homeName === null ? TITLES[draft.kind] : `${homeName}: ${TITLES[draft.kind]}`;
  return { ...draft, title };
}

function alertDraft(alert: NoticeAlertRow | undefined): NoticeDraft | null {
  if (!alert) return null;
  const visit = alert.found_visit_id === null ? null : { grant: alert.delivery_id === null };
  const path = alert.visit_id ? `/visits/${alert.visit_id}` : '/';
  return { kind: kindOfAlert(alert.kind, visit), homeId: alert.home_id, body: alert.message, path };
}

function visitDraft(state: string, visit: NoticeVisitRow | undefined): NoticeDraft | null {
  const stepKind = VISIT_STEP_KINDS[state];
  if (!visit || !stepKind) return null;
  const grant = visit.delivery_id === null;
  const door = (visit.door_name ?? 'door').toLowerCase();
  // A building's entrance is not the resident's door: they are told a courier came in for them (docs/buildings.md).
  const body =
    visit.door_home_id !== null && visit.door_home_id !== visit.home_id
      ? entranceBody(state, door, (JSON.parse(visit.data) as { cameraRequired?: boolean }).cameraRequired !== false)
      : stepBody(state, door, grant);
  return { kind: grant ? 'grant_visit' : stepKind, homeId: visit.home_id, body, path: `/visits/${visit.id}` };
}

const unique = (ids: string[]) => [...new Set(ids)];

/** The notices of a batch of jobs, in their order: null where the fact is gone (or is nothing to tell). */
export async function draftNotices(db: Db, sources: readonly NoticeSource[]): Promise<(NoticeDraft | null)[]> {
  const alertIds = unique(sources.flatMap((s) => (s.source === 'alert' ? [s.alertId] : [])));
  const visitIds = unique(
    sources.flatMap((s) => (s.source === 'visit' && VISIT_STEP_KINDS[s.state] ? [s.visitId] : [])),
  );
  const alerts = new Map((await findNoticeAlerts(db, alertIds)).map((a) => [a.id, a]));
  const visits = new Map((await findNoticeVisits(db, visitIds)).map((v) => [v.id, v]));
  return sources.map((s) =>
    s.source === 'alert' ? alertDraft(alerts.get(s.alertId)) : visitDraft(s.state, visits.get(s.visitId)),
  );
}

/** One notice, titled with its home's name: what the fan-out of this source alone sends. */
export async function composeNotice(db: Db, source: NoticeSource): Promise<Notice | null> {
  const [draft] = await draftNotices(db, [source]);
  if (!draft) return null;
  return titled(draft, (await findHome(db, draft.homeId))?.name ?? null);
}
