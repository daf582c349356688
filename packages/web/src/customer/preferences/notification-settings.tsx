import { type FormEvent, useEffect, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import {
  fetchNotificationPreferences,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreferences,
  saveNotificationPreferences,
} from '../../api/notifications.js';
import { useResource } from '../../hooks/use-resource.js';
import {
  currentSubscription,
  pushSupport,
  subscribeThisBrowser,
  unsubscribeThisBrowser,
} from '../../push/push-subscription.js';
import { ResourceView } from '../../ui/resource-view.js';
import { ErrorPanel } from '../../ui/status.js';

// What the person is told, and how: per kind, push to this browser and email; quiet hours (docs/notifications.md).
// In-app notices are always on: the alerts page and the live feed are the record.

const KIND_LABELS: Record<NotificationKind, string> = {
  arrival: 'A courier arrives',
  unlock: 'A door is unlocked',
  relock: 'A door is locked again',
  done: 'How a delivery ended',
  alert: 'Alerts (always sent, even in quiet hours)',
  grant_visit: 'Service visits (cleaning, dog walking)',
  device_offline: 'A lock or camera offline, or its battery low',
};

function BrowserPush() {
  const support = pushSupport();
  const [state, setState] = useState<'unknown' | 'on' | 'off'>('unknown');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (support !== 'supported') return;
    currentSubscription().then(
      (current) => setState(current?.id ? 'on' : 'off'),
      () => setState('off'),
    );
  }, [support]);

  if (support === 'unsupported') return <p className="hint">This browser cannot receive push notifications.</p>;
  if (support === 'denied')
    return <p className="hint">Notifications are blocked for this site; allow them in your browser settings.</p>;

  const toggle = async () => {
    setBusy(true);
    setMessage(null);
    if (state === 'on') {
      await unsubscribeThisBrowser();
      setState('off');
    } else {
      const result = await subscribeThisBrowser();
      if (result.ok) setState('on');
      else setMessage(result.message);
    }
    setBusy(false);
  };

  return (
    <div>
      <p role="status">
        {state === 'on'
          ? 'This browser receives push notifications.'
          : 'This browser does not receive push notifications.'}
      </p>
      {message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
      <button type="button" className="button" disabled={busy || state === 'unknown'} onClick={toggle}>
        {state === 'on' ? 'Turn off push on this browser' : 'Turn on push on this browser'}
      </button>
    </div>
  );
}

function SettingsForm({ initial, homeTimeZone }: { initial: NotificationPreferences; homeTimeZone: string }) {
  const [prefs, setPrefs] = useState(initial);
  const [quiet, setQuiet] = useState(initial.quietHours ?? { start: '22:00', end: '07:00', timeZone: homeTimeZone });
  const [quietOn, setQuietOn] = useState(initial.quietHours !== undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: ApiError } | null>(null);
  const setChannel = (kind: NotificationKind, channel: 'push' | 'email', on: boolean) =>
    setPrefs((p) => ({ ...p, kinds: { ...p.kinds, [kind]: { ...p.kinds[kind], [channel]: on } } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    const result = await saveNotificationPreferences({ kinds: prefs.kinds, ...(quietOn ? { quietHours: quiet } : {}) });
    setBusy(false);
    if (result.ok) setPrefs(result.value);
    setOutcome(result.ok ? { ok: true } : { ok: false, error: result.error });
  };

  return (
    <form className="form" onSubmit={submit} aria-label="Notifications">
      <table>
        <caption className="hint">Every notice also appears in the app.</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Push</th>
            <th scope="col">Email</th>
          </tr>
        </thead>
        <tbody>
          {NOTIFICATION_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{KIND_LABELS[kind]}</th>
              {(['push', 'email'] as const).map((channel) => (
                <td key={channel}>
                  <input
                    type="checkbox"
                    aria-label={`${KIND_LABELS[kind]}: ${channel}`}
                    checked={prefs.kinds[kind][channel]}
                    onChange={(e) => setChannel(kind, channel, e.target.checked)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset>
        <legend>Quiet hours</legend>
        <label className="choice">
          <input type="checkbox" checked={quietOn} onChange={(e) => setQuietOn(e.target.checked)} />
          Hold back everything but alerts during these hours
        </label>
        <label className="field">
          <span>From</span>
          <input
            type="time"
            value={quiet.start}
            disabled={!quietOn}
            onChange={(e) => setQuiet({ ...quiet, start: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Until</span>
          <input
            type="time"
            value={quiet.end}
            disabled={!quietOn}
            onChange={(e) => setQuiet({ ...quiet, end: e.target.value })}
          />
        </label>
        <p className="hint">In the time zone {quiet.timeZone}.</p>
      </fieldset>
      {outcome?.ok === false && <ErrorPanel error={outcome.error} title="Your notification settings were not saved" />}
      {outcome?.ok && (
        <p className="notice notice-success" role="status">
          Notification settings saved.
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save notification settings'}
      </button>
    </form>
  );
}

export function NotificationSettings({ homeTimeZone }: { homeTimeZone: string }) {
  const [data, reload] = useResource((signal) => fetchNotificationPreferences(signal), []);
  return (
    <section className="card narrow" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Notifications</h2>
      <BrowserPush />
      <ResourceView resource={data} retry={reload} label="Loading your notification settings">
        {(prefs) => <SettingsForm initial={prefs} homeTimeZone={homeTimeZone} />}
      </ResourceView>
    </section>
  );
}
