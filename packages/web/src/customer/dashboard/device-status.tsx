import type { Device } from '../../api/types.js';
import { formatDateTime, formatStorage } from '../../ui/format.js';
import { Badge, type Tone } from '../../ui/status.js';

const KIND_LABEL = {
  lock: 'Lock',
  camera: 'Camera',
  vehicle: 'Car',
  opener: 'Garage opener',
  locker_bank: 'Locker bank',
} as const;

function batteryTone(battery: number | null): Tone {
  if (battery === null) return 'neutral';
  return battery <= 15 ? 'bad' : battery <= 30 ? 'warn' : 'good';
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function LockFacts({ device }: { device: Device }) {
  const { bolt, door } = device.health;
  const boltTone: Tone = bolt === 'locked' ? 'good' : bolt === 'jammed' ? 'bad' : bolt ? 'warn' : 'neutral';
  return (
    <>
      <Fact term="Bolt">
        <Badge tone={boltTone}>{bolt ?? 'unknown'}</Badge>
      </Fact>
      <Fact term="Door">
        <Badge tone={door === 'closed' ? 'good' : door ? 'warn' : 'neutral'}>{door ?? 'unknown'}</Badge>
      </Fact>
    </>
  );
}

function CameraFacts({ device }: { device: Device }) {
  const { recording, storageFreeMb } = device.health;
  return (
    <>
      <Fact term="Recording">
        <Badge tone={recording ? 'info' : 'neutral'}>{recording ? 'recording' : 'idle'}</Badge>
      </Fact>
      {storageFreeMb !== null && <Fact term="Storage free">{formatStorage(storageFreeMb)}</Fact>}
    </>
  );
}

/** A garage opener: where the door is, and whether something is in its way (docs/protocol-garage.md). */
function OpenerFacts({ device }: { device: Device }) {
  const { garage, obstructed } = device.health;
  const tone: Tone = garage === 'closed' ? 'good' : garage ? 'warn' : 'neutral';
  return (
    <>
      <Fact term="Garage door">
        <Badge tone={tone}>{garage ?? 'unknown'}</Badge>
      </Fact>
      {obstructed && (
        <Fact term="Obstruction">
          <Badge tone="bad">something is in the way</Badge>
        </Fact>
      )}
    </>
  );
}

/** One device's health at a glance: the facts the access checks judge (docs/visits.md "devices_ready"). */
export function DeviceStatus({ device }: { device: Device }) {
  const { battery } = device.health;
  const label = KIND_LABEL[device.kind];
  return (
    <section className="device" aria-label={label} data-kind={device.kind} data-device={device.id}>
      <div className="device-head">
        <h3>{label}</h3>
        <Badge tone={device.online ? 'good' : 'bad'}>{device.online ? 'online' : 'offline'}</Badge>
      </div>
      <dl className="facts">
        <Fact term="Battery">
          <Badge tone={batteryTone(battery)}>{battery === null ? 'unknown' : `${battery} %`}</Badge>
        </Fact>
        {device.kind === 'lock' && <LockFacts device={device} />}
        {device.kind === 'camera' && <CameraFacts device={device} />}
        {device.kind === 'opener' && <OpenerFacts device={device} />}
      </dl>
      {device.lastSeenAt && <p className="device-meta">Last heard from {formatDateTime(device.lastSeenAt)}</p>}
    </section>
  );
}
