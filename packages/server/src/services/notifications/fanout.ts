import type { JobContext, JobHandler, JobLog } from '../../jobs/runner.js';
import { type Clock, isoAt } from '../../ports.js';
import { type Db, withLazyCommit, withTransaction } from '../../store/db.js';
import { FANOUT_JOB, type NoticeSource, scheduleOnce } from '../../store/notice-jobs.js';
import {
  findPushSubscription,
  homeAudience,
  listPushSubscriptions,
  prunePushSubscription,
} from '../../store/notifications-repo.js';
import type { Mailer } from './email.js';
import { composeNotice, type Notice } from './notices.js';
import { loadNotificationPreferences } from './preferences.js';
import { type PushSettings, sendPush } from './push.js';
import { quietUntil } from './quiet-hours.js';

// The notice's job fans out to one job per person and channel (and per browser for push), each retried on its own,
// so a slow mail relay never holds back a push and a retry never sends twice to the ones that worked.

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

async function fanOut(deps: NotificationDeps, source: NoticeSource, ctx: JobContext): Promise<void> {
  const notice = await composeNotice(deps.db, source);
  if (!notice) return;
  const now = deps.clock.now();
  const people = await homeAudience(deps.db, notice.homeId);
  // The sends it schedules commit lazily (store/db.ts withLazyCommit): lost in a power cut, they are lost with this
  // job's own deletion, which commits after them, so the fan-out runs again and schedules them again.
  await withLazyCommit(deps.db, (db) =>
    withTransaction(db, async (tx) => {
      for (const person of people) {
        const prefs = await loadNotificationPreferences(tx, person.id);
        const channels = prefs.kinds[notice.kind];
        // Quiet hours hold everything back to their end, except alerts (docs/notifications.md "Quiet hours").
        const held = notice.kind === 'alert' ? null : quietUntil(now, prefs.quietHours);
        const base = { runAt: isoAt(held ?? now), createdAt: isoAt(now) };
        if (channels.push) {
          for (const sub of await listPushSubscriptions(tx, person.id)) {
            const payload: PushJob = { subscriptionId: sub.id, endpoint: sub.endpoint, notice, tag: ctx.jobId };
            const key = `notify:${ctx.jobId}:push:${sub.id}`;
            await scheduleOnce(tx, { ...base, id: `${ctx.jobId}-p-${sub.id}`, key, kind: PUSH_JOB, payload });
          }
        }
        if (channels.email) {
          const payload: EmailJob = { to: person.email, notice, mailId: `${ctx.jobId}-${person.id}` };
          const key = `notify:${ctx.jobId}:email:${person.id}`;
          await scheduleOnce(tx, { ...base, id: `${ctx.jobId}-e-${person.id}`, key, kind: EMAIL_JOB, payload });
        }
      }
    }),
  );
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
    [FANOUT_JOB]: (payload, ctx) => fanOut(deps, payload as NoticeSource, ctx),
    [PUSH_JOB]: (payload) => deliverPush(deps, payload as PushJob),
    [EMAIL_JOB]: (payload) => deliverEmail(deps, payload as EmailJob),
  };
}
