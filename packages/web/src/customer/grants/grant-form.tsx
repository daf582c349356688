import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { createGrant, type NewGrant } from '../../api/grants.js';
import type { AccessPoint, Home } from '../../api/types.js';
import { ErrorPanel } from '../../ui/status.js';
import { localDateOf } from './home-time.js';
import { describeDraft, type ScheduleDraft, scheduleInput, WEEKDAY_NAMES, WEEKDAYS } from './schedule-draft.js';
import { WeekCalendar } from './week-calendar.js';

// Giving someone access: who (a service provider by its organisation id, or a person by email), which doors, when
// (drawn on a week, or once), and how long a visit may last.

type Who = 'provider' | 'person';

function WhoFields(props: {
  who: Who;
  setWho: (w: Who) => void;
  grantee: string;
  setGrantee: (v: string) => void;
  knownProviders: string[];
}) {
  return (
    <fieldset className="fieldset">
      <legend>Who</legend>
      <div className="row">
        <label className="choice">
          <input type="radio" name="who" checked={props.who === 'provider'} onChange={() => props.setWho('provider')} />
          A service provider (cleaners, dog walkers)
        </label>
        <label className="choice">
          <input type="radio" name="who" checked={props.who === 'person'} onChange={() => props.setWho('person')} />A
          person, by email
        </label>
      </div>
      {props.who === 'provider' ? (
        <label className="field">
          <span>Provider's organisation id</span>
          <input
            required
            pattern="org_[A-Za-z0-9_-]+"
            list="known-providers"
            value={props.grantee}
            onChange={(e) => props.setGrantee(e.target.value.trim())}
            aria-describedby="provider-help"
          />
          <datalist id="known-providers">
            {props.knownProviders.map((id) => (
              <option key={id} value={id} />
            ))}
          </datalist>
          <small id="provider-help">
            The provider gives you this id (it starts with "org_"). Any of its workers may then come; providers you
            already let in are suggested.
          </small>
        </label>
      ) : (
        <label className="field">
          <span>Their email</span>
          <input
            type="email"
            required
            value={props.grantee}
            onChange={(e) => props.setGrantee(e.target.value.trim())}
          />
          <small>They must accept before the door opens for them.</small>
        </label>
      )}
    </fieldset>
  );
}

function WhenFields({ draft, setDraft }: { draft: ScheduleDraft; setDraft: (d: ScheduleDraft) => void }) {
  const weekly = draft.kind === 'weekly';
  const toggleDay = (day: (typeof WEEKDAYS)[number]) =>
    weekly &&
    setDraft({ ...draft, days: draft.days.includes(day) ? draft.days.filter((d) => d !== day) : [...draft.days, day] });
  return (
    <fieldset className="fieldset">
      <legend>When (home time)</legend>
      <div className="row">
        <label className="choice">
          <input
            type="radio"
            name="when"
            checked={weekly}
            onChange={() =>
              setDraft({
                kind: 'weekly',
                days: [],
                startLocal: draft.startLocal,
                durationMinutes: draft.durationMinutes,
              })
            }
          />
          Every week
        </label>
        <label className="choice">
          <input
            type="radio"
            name="when"
            checked={!weekly}
            onChange={() =>
              setDraft({ kind: 'once', date: '', startLocal: draft.startLocal, durationMinutes: draft.durationMinutes })
            }
          />
          Once
        </label>
      </div>
      {draft.kind === 'weekly' ? (
        <>
          <WeekCalendar draft={draft} onDraw={(drawn) => setDraft({ kind: 'weekly', ...drawn })} />
          <fieldset className="row">
            <legend className="visually-hidden">Days</legend>
            {WEEKDAYS.map((d) => (
              <label key={d} className="choice">
                <input type="checkbox" checked={draft.days.includes(d)} onChange={() => toggleDay(d)} />
                {WEEKDAY_NAMES[d]}
              </label>
            ))}
          </fieldset>
        </>
      ) : (
        <label className="field">
          <span>Date</span>
          <input
            type="date"
            required
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          />
        </label>
      )}
      <div className="row">
        <label className="field">
          <span>Starts at</span>
          <input
            type="time"
            required
            value={draft.startLocal}
            onChange={(e) => setDraft({ ...draft, startLocal: e.target.value })}
          />
        </label>
        <label className="field">
          <span>For (minutes)</span>
          <input
            type="number"
            min={1}
            max={10080}
            required
            value={draft.durationMinutes}
            onChange={(e) => setDraft({ ...draft, durationMinutes: Number(e.target.value) })}
          />
        </label>
      </div>
      <p className="schedule-summary" aria-live="polite">
        {describeDraft(draft)}
      </p>
    </fieldset>
  );
}

export function GrantForm({
  home,
  doors,
  knownProviders,
  onCreated,
}: {
  home: Home;
  doors: AccessPoint[];
  knownProviders: string[];
  onCreated: () => void;
}) {
  const [who, setWho] = useState<Who>('provider');
  const [grantee, setGrantee] = useState('');
  const [doorIds, setDoorIds] = useState<string[]>(doors.slice(0, 1).map((d) => d.id));
  const [draft, setDraft] = useState<ScheduleDraft>({
    kind: 'weekly',
    days: [],
    startLocal: '09:00',
    durationMinutes: 180,
  });
  const [maxVisit, setMaxVisit] = useState(90);
  const [camera, setCamera] = useState(true);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: NewGrant = {
      grantee: who === 'provider' ? { kind: 'provider', organisationId: grantee } : { kind: 'person', email: grantee },
      accessPointIds: doorIds,
      schedule: scheduleInput(draft, home.timeZone, localDateOf(home.timeZone, Date.now())),
      maxVisitMinutes: maxVisit,
      cameraRequired: camera,
      notes,
    };
    setBusy(true);
    setError(null);
    setDone(false);
    const created = await createGrant(home.id, body);
    setBusy(false);
    if (!created.ok) return setError(created.error);
    setDone(true);
    setGrantee('');
    onCreated();
  };
  const noDays = draft.kind === 'weekly' && draft.days.length === 0;
  return (
    <form className="form card grant-form" onSubmit={submit} aria-labelledby="give-access-title">
      <h2 id="give-access-title">Give access</h2>
      <WhoFields who={who} setWho={setWho} grantee={grantee} setGrantee={setGrantee} knownProviders={knownProviders} />
      <fieldset className="fieldset">
        <legend>Doors</legend>
        {doors.map((door) => (
          <label key={door.id} className="choice">
            <input
              type="checkbox"
              checked={doorIds.includes(door.id)}
              onChange={() =>
                setDoorIds(doorIds.includes(door.id) ? doorIds.filter((d) => d !== door.id) : [...doorIds, door.id])
              }
            />
            {door.name}
          </label>
        ))}
      </fieldset>
      <WhenFields draft={draft} setDraft={setDraft} />
      <div className="row">
        <label className="field">
          <span>Longest visit (minutes)</span>
          <input
            type="number"
            min={1}
            max={1440}
            required
            value={maxVisit}
            onChange={(e) => setMaxVisit(Number(e.target.value))}
          />
        </label>
        <label className="choice">
          <input type="checkbox" checked={camera} onChange={(e) => setCamera(e.target.checked)} />
          The camera must record every entry
        </label>
      </div>
      <label className="field">
        <span>Notes for them</span>
        <textarea maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      {error && <ErrorPanel error={error} />}
      {done && (
        <p className="notice notice-success" role="status">
          Access given.
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy || noDays || doorIds.length === 0}>
        {busy ? 'Giving access…' : 'Give access'}
      </button>
    </form>
  );
}
