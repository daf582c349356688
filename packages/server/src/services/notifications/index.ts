import type { Config } from '../../config.js';
import type { JobHandler, JobLog } from '../../jobs/runner.js';
import type { Clock } from '../../ports.js';
import type { Db } from '../../store/db.js';
import { createMailer } from './email.js';
import { notificationJobHandlers } from './fanout.js';
import { loadVapidKeys } from './vapid-keys.js';

export { NOTIFICATION_KINDS, type NotificationKind } from './kinds.js';

export interface Notifications {
  vapidPublicKey: string;
  handlers: Record<string, JobHandler>;
  stop(): void;
}

/** Loads (or makes) the VAPID keys and the mail transport; the job handlers send what the fan-out schedules. */
export function startNotifications(o: { db: Db; clock: Clock; log: JobLog; config: Readonly<Config> }): Notifications {
  const { config } = o;
  const n = config.notifications;
  const keys = loadVapidKeys(n, config.dataDir);
  const mailer = createMailer(n, config.dataDir);
  const push = { keys, subject: n.vapidSubject, allowPrivate: n.pushAllowPrivate };
  const handlers = notificationJobHandlers({
    db: o.db,
    clock: o.clock,
    log: o.log,
    mailer,
    push,
    publicUrl: config.publicUrl,
  });
  return { vapidPublicKey: keys.publicKey, handlers, stop: () => mailer.close() };
}
