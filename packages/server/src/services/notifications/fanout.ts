import { type BatchedJob, batchJobHandler, type JobContext, type JobHandler, type JobLog } from '../../jobs/runner.js';
import { type JobSchedule, scheduleJobsOnce } from '../../jobs/schedule.js';
import { type Clock, isoAt } from '../../ports.js';
import { type Db, withLazyCommit } from '../../store/db.js';
import { FANOUT_JOB, type NoticeSource } from '../../store/notice-jobs.js';
import { findPushSubscription, prunePushSubscription } from '../../store/notifications-repo.js';
import { type Audience, audiencesOf } from './audience.js';
import type { Mailer } from './email.js';
import { draftNotices, type Notice, titled } from './notices.js';
import { type PushSettings, sendPush } from './push.js';
import { quietUntil } from './quiet-hours.js';

// The notice's job fans out to one job per person and channel (and per browser for push), each retried on its own,
// so a slow mail relay never holds back a push and a retry never sends twice to the ones that worked. The notices
// one claim returns fan out together (runner.ts batchJobHandler): their facts, their homes' people and choices are
// read once, and all their sends are one insert.

export const PUSH_JOB = 'notify.push';
export const EMAIL_JOB = 'notify.email';

export interface NotificationDeps {
  db: Db;
  clock: Clock;
  log: JobLog;
  mailer: Mailer;
  push: PushSettings;
  publicUrl: string;
}

interface PushJob {
  subscriptionId: string;
  endpoint: string;
  notice: Notice;
  tag: string;
}
interface EmailJob {
  to: string;
  notice: Notice;
  mailId: string;
}

type Send = JobSchedule & { key: string };

/** The sends of one notice: per person, the channels they chose for its kind, held to the end of quiet hours. */
function sendsOf(notice: Notice, audience: Audience, ctx: JobContext, now: number): Send[] {
  const sends: Send[] = [];
  for (const person of audience.people) {
    const channels = person.preferences.kinds[notice.kind];
    // Quiet hours hold everything back to their end, except alerts (docs/notifications.md "Quiet hours").
    const held = notice.kind === 'alert' ? null : quietUntil(now, person.preferences.quietHours);
    const base = { runAt: isoAt(held ?? now), createdAt: isoAt(now) };
    if (channels.push) {
      for (const sub of person.subscriptions) {
        const payload: PushJob = { subscriptionId: sub.id, endpoint: sub.endpoint, notice, tag: ctx.jobId };
        const key = `notify:${ctx.jobId}:push:${sub.id}`;
        sends.push({ ...base, id: `${ctx.jobId}-p-${sub.id}`, key, kind: PUSH_JOB, payload });
      }
    }
    if (channels.email) {
      const payload: EmailJob = { to: person.email, notice, mailId: `${ctx.jobId}-${person.id}` };
      const key = `notify:${ctx.jobId}:email:${person.id}`;
      sends.push({ ...base, id: `${ctx.jobId}-e-${person.id}`, key, kind: EMAIL_JOB, payload });
    }
  }
  return sends;
}

async function fanOut(deps: NotificationDeps, jobs: readonly BatchedJob[]): Promise<void> {
  const drafts = await draftNotices(
    deps.db,
    jobs.map((job) => job.payload as NoticeSource),
  );
  const homeIds = [...new Set(drafts.flatMap((draft) => (draft ? [draft.homeId] : [])))];
  const audiences = await audiencesOf(deps.db, homeIds);
  const now = deps.clock.now();
  const sends = jobs.flatMap((job, i) => {
    const draft = drafts[i];
    const audience = draft ? audiences.get(draft.homeId) : undefined;
    return draft && audience ? sendsOf(titled(draft, audience.homeName), audience, job.ctx, now) : [];
  });
  // The sends commit lazily (store/db.ts withLazyCommit): lost in a power cut, they are lost with the deletion of
  // these jobs, which commits after them, so the fan-out runs again and schedules them again.
  await withLazyCommit(deps.db, (db) => scheduleJobsOnce(db, sends));
}

async function deliverPush(deps: NotificationDeps, job: PushJob): Promise<void> {
  const sub = await findPushSubscription(deps.db, job.subscriptionId);
  // Unsubscribed (or taken over by another browser) since the fan-out: nothing to send.
  if (!sub || sub.endpoint !== job.endpoint) return;
  const { notice } = job;
  const payload = { title: notice.title, body: notice.body, kind: notice.kind, url: notice.path, tag: job.tag };
  const result = await sendPush(sub, payload, deps.push);
  if (result.ok) return;
  if (result.gone) {
    await prunePushSubscription(deps.db, sub.id, sub.endpoint);
    deps.log.info({ subscriptionId: sub.id }, 'push subscription expired; pruned');
    return;
  }
  if (result.retry) throw new Error(result.detail);
  deps.log.warn({ subscriptionId: sub.id, detail: result.detail }, 'push refused; not retried');
}

async function deliverEmail(deps: NotificationDeps, job: EmailJob): Promise<void> {
  const { notice } = job;
  const link = `${deps.publicUrl}${notice.path}`;
  const text = `${notice.body}\n\nSee it in Threshold: ${link}\n\nChoose what you are sent: ${deps.publicUrl}/preferences\n`;
  try {
    await deps.mailer.send({ to: job.to, subject: notice.title, text, id: job.mailId });
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    // A permanent SMTP refusal (5xx) will not change on retry.
    if (code !== undefined && code >= 500) {
      deps.log.warn({ mailId: job.mailId, code }, 'mail refused by the relay; not retried');
      return;
    }
    throw error;
  }
}

export function notificationJobHandlers(deps: NotificationDeps): Record<string, JobHandler> {
  return {
    [FANOUT_JOB]: batchJobHandler((jobs) => fanOut(deps, jobs)),
    [PUSH_JOB]: (payload) => deliverPush(deps, payload as PushJob),
    [EMAIL_JOB]: (payload) => deliverEmail(deps, payload as EmailJob),
  };
}
