import type { AccessPoint, Device } from '../../api/types.js';
import { Link } from '../../routing/router.js';
import { Empty } from '../../ui/status.js';
import { DeviceStatus } from './device-status.js';

const ORDER = { lock: 0, camera: 1, vehicle: 2, opener: 3, locker_bank: 4 } as const;

/** A door with the lock and camera that guard it. */
export function DoorCard({ door, devices }: { door: AccessPoint; devices: Device[] }) {
  const sorted = [...devices].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  const headingId = `door-${door.id}`;
  return (
    <article className="card door" aria-labelledby={headingId}>
      <h2 id={headingId}>{door.name}</h2>
      {sorted.length === 0 ? (
        <Empty>
          No lock or camera at this door yet. <Link href="/pair">Pair a device</Link>
        </Empty>
      ) : (
        <div className="devices">
          {sorted.map((device) => (
            <DeviceStatus key={device.id} device={device} />
          ))}
        </div>
      )}
    </article>
  );
}
