import { type FormEvent, useState } from 'react';
import type { Position } from '../api/types.js';

const BLOCKED = 'Location is blocked for this site.';

type Locate = { status: 'idle' } | { status: 'locating' } | { status: 'failed'; message: string };

/** The phone's position, as the Geolocation API reports it (accuracy is its 68 % radius, as the geofence expects). */
function locate(): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new Error('This browser cannot tell where you are.'));
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lon: p.coords.longitude, accuracyMeters: p.coords.accuracy }),
      (e) => reject(new Error(e.code === e.PERMISSION_DENIED ? BLOCKED : 'Your position could not be found.')),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 0 },
    );
  });
}

function DemoPosition({
  near,
  busy,
  onPosition,
}: {
  near: Position;
  busy: boolean;
  onPosition: (p: Position) => void;
}) {
  const [lat, setLat] = useState(String(near.lat));
  const [lon, setLon] = useState(String(near.lon));
  const [accuracy, setAccuracy] = useState(String(near.accuracyMeters));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPosition({ lat: Number(lat), lon: Number(lon), accuracyMeters: Number(accuracy) });
  };
  const field = (label: string, value: string, set: (v: string) => void) => (
    <label className="field">
      <span>{label}</span>
      <input inputMode="decimal" required value={value} onChange={(e) => set(e.target.value)} />
    </label>
  );
  return (
    <form className="form card" onSubmit={submit} aria-label="Demo position">
      {field('Latitude', lat, setLat)}
      {field('Longitude', lon, setLon)}
      {field('Accuracy (m)', accuracy, setAccuracy)}
      <button type="submit" className="button primary big" disabled={busy}>
        I'm here (demo position)
      </button>
    </form>
  );
}

/**
 * "I'm here": the phone's real position. Only a platform in demo mode (DEMO) offers to type one by hand; a courier's
 * real flow never does, since the position is what proves they are at the door.
 */
export function PositionControl(props: {
  near: Position;
  busy: boolean;
  demoMode: boolean;
  onPosition: (p: Position) => void;
}) {
  const [locating, setLocating] = useState<Locate>({ status: 'idle' });
  const [demo, setDemo] = useState(false);
  const here = async () => {
    setLocating({ status: 'locating' });
    try {
      const position = await locate();
      setLocating({ status: 'idle' });
      props.onPosition(position);
    } catch (error) {
      setLocating({ status: 'failed', message: (error as Error).message });
    }
  };
  return (
    <div className="actions">
      <button
        type="button"
        className="button primary big"
        onClick={here}
        disabled={props.busy || locating.status === 'locating'}
      >
        {locating.status === 'locating' ? 'Finding your position…' : "I'm here"}
      </button>
      {locating.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          {locating.message}{' '}
          {locating.message === BLOCKED
            ? 'Allow location for this site in your browser settings, then press "I\'m here" again.'
            : 'Step outside or wait a moment, then try again.'}
        </p>
      )}
      {props.demoMode && (
        <button type="button" className="button secondary" aria-expanded={demo} onClick={() => setDemo(!demo)}>
          demo: enter position
        </button>
      )}
      {props.demoMode && demo && <DemoPosition near={props.near} busy={props.busy} onPosition={props.onPosition} />}
    </div>
  );
}
