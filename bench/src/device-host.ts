import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DeviceHandle, provision, startControlApi, startDevice } from '@threshold/devices';
import { replaceClipRendering } from './fake-ffmpeg.js';

// The emulated locks and cameras in their own process, as hardware is. Not `npm run devices`: its lock relocks 1 s
// after the door closes (a benchmark of 300 visits would wait 5 minutes) and its camera renders every clip with
// ffmpeg on this CPU. Here the lock relocks as soon as the door closes, and clips are copies of MP4s rendered once at
// start (fake-ffmpeg.ts).
// Each device keeps its flash in a state file, as under `npm run devices` (fleet.ts), in a folder removed at the end.
// argv: mqttUrl platformUrl doors. Reports `{ controlUrl, doors: [{ lock, camera }] }` over IPC; each device with
// its claim code, for pairing through the API. Doors open and close through the control API, as in the demo.

export interface DoorIdentities {
  lock: { id: string; claimCode: string };
  camera: { id: string; claimCode: string };
}

export interface DevicesReady {
  controlUrl: string;
  doors: DoorIdentities[];
}

async function main(mqttUrl: string, platformUrl: string, doors: number): Promise<void> {
  await replaceClipRendering();
  const flashDir = mkdtempSync(join(tmpdir(), 'threshold-bench-flash-'));
  const statePath = (id: string) => join(flashDir, `${id}.state.json`);
  const devices = new Map<string, DeviceHandle>();
  const identities: DoorIdentities[] = [];
  for (let i = 0; i < doors; i++) {
    const lock = provision('lock');
    const camera = provision('camera');
    const lockOptions = { mqttUrl, platformUrl, statePath: statePath(lock.id), lock: { relockAfterCloseMs: 0 } };
    devices.set(lock.id, await startDevice(lock, lockOptions));
    devices.set(camera.id, await startDevice(camera, { mqttUrl, platformUrl, statePath: statePath(camera.id) }));
    identities.push({
      lock: { id: lock.id, claimCode: lock.claimCode },
      camera: { id: camera.id, claimCode: camera.claimCode },
    });
  }
  const control = await startControlApi(devices, '127.0.0.1', 0);
  if (!control.ok) throw new Error(control.error);
  process.once('disconnect', () => {
    void Promise.all([control.value.close(), ...[...devices.values()].map((d) => d.stop())]).finally(() =>
      rmSync(flashDir, { recursive: true, force: true }),
    );
  });
  process.send?.({ controlUrl: control.value.url, doors: identities } satisfies DevicesReady);
}

const [mqttUrl, platformUrl, doors] = process.argv.slice(2);
main(mqttUrl!, platformUrl!, Number(doors)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
