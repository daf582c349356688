import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run demo` against `npm start`: the built server on a fresh data folder with its demo devices, and the built
// CLI as a separate process. Needs `npm run build` first (npm test does it).

const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** `n` distinct free loopback ports: all are held open at once, so none is handed out twice. */
async function freePorts(n: number): Promise<number[]> {
  const servers = Array.from({ length: n }, () => createServer());
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** Reads the child's output line by line until one contains `text`. */
async function untilLine(child: ChildProcess, text: string, timeoutMs: number): Promise<void> {
  const lines = createInterface({ input: child.stdout!, signal: AbortSignal.timeout(timeoutMs) });
  for await (const line of lines) if (line.includes(text)) return;
  throw new Error(`the server ended its output without "${text}"`);
}

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => resolve({ code, out }));
  });
}

describe('npm run demo -- delivery, against npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-demo-'));
  let server: ChildProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    const [port, mqttPort, controlPort] = await freePorts(3);
    const serverEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      MQTT_PORT: String(mqttPort),
      DEMO_CONTROL_PORT: String(controlPort),
      LOG_LEVEL: 'warn',
      // Every run signs its people in; the per-address limit (10 a minute) would only make the runs wait.
      RATE_LIMIT_SIGN_INS_PER_MINUTE: '1000',
      DATABASE_URL: '',
      MQTT_URL: '',
    };
    server = spawn(process.execPath, [MAIN], { env: serverEnv, stdio: ['ignore', 'pipe', 'inherit'] });
    await untilLine(server, 'worker         worker@demo.threshold.test / demo-worker-pass', 60_000);
    server.stdout?.resume(); // keep draining it: a full pipe would stall the server's logging
    env = {
      THRESHOLD_URL: `http://127.0.0.1:${port}`,
      THRESHOLD_DEVICES_URL: `http://127.0.0.1:${controlPort}`,
      DATA_DIR: dataDir,
      THRESHOLD_API_KEY: '',
    };
  }, 70_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('happy path: the door opens and relocks, the timeline and the clip are printed', async () => {
    const { code, out } = await runCli(['delivery'], env);
    expect(out).toContain('PASS happy');
    expect(code).toBe(0);
    const kinds = [
      'visit.opened',
      'visit.check',
      'recording.confirmed',
      'capability.issued',
      'lock.unlocked',
      'door.opened',
      'lock.relocked',
      'visit.completed',
    ];
    const positions = kinds.map((k) => out.indexOf(` ${k} `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The ledger keeps each fact's data as its canonical text (keys in order), and the timeline prints it as stored.
    expect(out).toContain(
      'within_geofence passed  evidence {"accuracyMeters":8,"creditedMeters":8,"distanceMeters":0,"radiusMeters":40}',
    );
    expect(out).toMatch(new RegExp(`clip ${env.THRESHOLD_URL}/v1/clips/\\S+ `));
  }, 90_000);

  it('wrong address: denied by within_geofence, the lock never moves', async () => {
    const { code, out } = await runCli(['delivery', '--scenario', 'wrong-address'], env);
    expect(out).toContain('FAIL  within_geofence: You are 500 m from the address');
    expect(out).toContain('denied by within_geofence');
    expect(out).toContain('unlock refused; the lock never moved');
    expect(out).toContain('PASS wrong-address');
    expect(code).toBe(0);
  }, 30_000);

  it('garage: the opener opens, the courier is done, the visit completes on the opener closed report', async () => {
    const { code, out } = await runCli(['delivery', '--method', 'garage'], env);
    expect(out).toContain('PASS happy');
    expect(code).toBe(0);
    expect(out).toContain('the opener reports the garage open');
    expect(out).toContain('the opener reports the garage closed: visit completed');
    const kinds = [
      'garage.open_requested',
      'garage.opened',
      'garage.close_requested',
      'garage.closed',
      'visit.completed',
    ];
    const positions = kinds.map((k) => out.indexOf(` ${k} `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  }, 90_000);

  it('car: the courier beside the car opens the boot; the visit completes on its closed-and-locked report', async () => {
    const { code, out } = await runCli(['delivery', '--method', 'car'], env);
    expect(code, out).toBe(0);
    expect(out).toContain('method in_car');
    expect(out).toContain('the courier is guided to Red Volvo V70, LD19 TRS');
    expect(out).toContain('the car reported the boot closed and locked');
    expect(out).toContain('boot closed and locked');
  }, 90_000);

  it('car moved: a car driven off before the unlock is refused with car_not_moved, nothing opens', async () => {
    const { code, out } = await runCli(['delivery', '--scenario', 'car-moved'], env);
    expect(code, out).toBe(0);
    expect(out).toContain('FAIL  car_not_moved: The car');
    expect(out).toContain('denied, nothing sent to the car');
  }, 90_000);

  it('car not locked: the platform locks, the car cannot, the visit fails with boot_left_unlocked', async () => {
    const { code, out } = await runCli(['delivery', '--method', 'car', '--scenario', 'car-not-locked'], env);
    expect(code, out).toBe(0);
    expect(out).toContain('boot_not_secured');
    expect(out).toContain('boot_left_unlocked');
  }, 120_000);

  it('garage obstructed: closed again once, then the visit fails with garage_left_open', async () => {
    const { code, out } = await runCli(['delivery', '--scenario', 'garage-obstructed'], env);
    expect(out).toContain('garage_not_closed');
    expect(out).toContain('alert: The garage door did not close after the visit');
    expect(out).toContain('the garage closes by hand');
    expect(out).toContain('PASS garage-obstructed');
    expect(code).toBe(0);
  }, 120_000);

  it('service: the worker checks in, enters twice, checks out; every expectation kept', async () => {
    const { code, out } = await runCli(['service'], env);
    expect(out).toContain('PASS happy');
    expect(code).toBe(0);
    expect(out).toContain('pass  within_window');
    expect(out).toContain('entry 1: recorded, unlocked, opened, closed, relocked');
    expect(out).toContain('entry 2: recorded, unlocked, opened, closed, relocked');
    expect(out).toContain('verdict: kept');
    for (const name of ['in_window', 'max_duration', 'door_relocked', 'camera_recording', 'checked_out'])
      expect(out).toMatch(new RegExp(`kept +${name}`));
  }, 90_000);

  it('service outside the window: denied by within_window, the lock never moves', async () => {
    const { code, out } = await runCli(['service', '--scenario', 'outside-window'], env);
    expect(out).toContain('FAIL  within_window: Outside the agreed hours');
    expect(out).toContain('denied by within_window; the lock never moved');
    expect(out).toContain('PASS outside-window');
    expect(code).toBe(0);
  }, 60_000);

  it('service under a revoked grant: refused with grant_active, no visit', async () => {
    const { code, out } = await runCli(['service', '--scenario', 'revoked'], env);
    expect(out).toContain('refused: 409 grant_active');
    expect(out).toContain('PASS revoked');
    expect(code).toBe(0);
  }, 60_000);

  it('service overstay: the customer is alerted, the verdict says the visit was too long', async () => {
    const { code, out } = await runCli(['service', '--scenario', 'overstay'], env);
    expect(out).toContain('alert to the customer: The worker has been inside longer than the grant allows');
    expect(out).toContain('verdict: broken');
    expect(out).toMatch(/broken +max_duration/);
    expect(out).toContain('PASS overstay');
    expect(code).toBe(0);
  }, 200_000);

  /** The kinds of the printed timeline's facts, in the order they appear. */
  const inOrder = (out: string, kinds: string[]) => {
    const positions = kinds.map((k) => out.indexOf(`  ${k} `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  };

  it('locker: reserved at booking, dropped through the bank, collected with the code typed on its keypad', async () => {
    const { code, out } = await runCli(['delivery', '--method', 'locker'], env);
    expect(code, out).toBe(0);
    expect(out).toMatch(/method locker: compartment A\d \(M\) at Rosemary Lane Lockers reserved/);
    expect(out).toContain('the customer is told: "Your parcel is in locker');
    expect(out).toMatch(/collected; compartment A\d is free/);
    inOrder(out, [
      'locker.reserved',
      'locker.drop_opened',
      'locker.open_sent',
      'locker.door_opened',
      'locker.dropped',
      'locker.code_issued',
      'locker.pickup_opened',
      'locker.collected',
    ]);
  }, 60_000);

  it('locker full: the nearest site has no room, the booking goes to the next site with the reason', async () => {
    const { code, out } = await runCli(['delivery', '--scenario', 'locker-full'], env);
    expect(code, out).toBe(0);
    const reason = 'The locker site Rosemary Lane Lockers has no free compartment of size XL or larger';
    expect(out).toContain(`the booking went to the next site, Essex Road Station Lockers, because: ${reason}`);
    expect(out).toContain('at Essex Road Station Lockers reserved');
    expect(out).toMatch(/collected; compartment A\d is free/);
    expect(out).toContain('the other parcel is cancelled');
  }, 60_000);

  it('pickup expired: marked for return, the customer and carrier see it, the courier takes it back', async () => {
    const { code, out } = await runCli(['delivery', '--method', 'locker', '--scenario', 'pickup-expired'], env);
    expect(code, out).toBe(0);
    expect(out).toContain('parcel expired: marked for return');
    expect(out).toContain('was not collected in time and goes back to the sender');
    expect(out).toContain('the carrier reads it expired');
    expect(out).toContain('a pickup code is refused');
    inOrder(out, [
      'locker.dropped',
      'demo.expiry_advanced',
      'locker.expired',
      'locker.return_opened',
      'locker.returned',
    ]);
  }, 60_000);

  it('wrong code: five wrong codes lock the compartment out, the operator is alerted, then lifts it', async () => {
    const { code, out } = await runCli(['delivery', '--scenario', 'wrong-code'], env);
    expect(code, out).toBe(0);
    expect(out).toContain('wrong code 5: nothing opens (5 wrong: LOCKED OUT)');
    expect(out).toContain('operator alert pickup_locked_out: 5 wrong pickup codes: the compartment is locked out');
    expect(out).toContain('refused: The code does not open this compartment');
    inOrder(out, ['locker.code_refused', 'locker.locked_out', 'locker.lockout_lifted', 'locker.collected']);
  }, 60_000);

  /** Runs a delivery through the building's entrance; every building check passes. */
  const throughTheBuilding = async (method: string) => {
    const { code, out } = await runCli(['delivery', '--method', method], env);
    expect(code, out).toBe(0);
    expect(out).toContain(`method ${method}`);
    for (const check of ['within_geofence', 'resident_of_building', 'carrier_window', 'resident_allows_building'])
      expect(out).toContain(`pass  ${check}`);
    return out;
  };

  it('lobby: every building check passes, the lobby door opens and relocks for a resident of the building', async () => {
    const out = await throughTheBuilding('lobby');
    inOrder(out, ['recording.confirmed', 'capability.issued', 'lock.unlocked', 'door.opened', 'lock.relocked']);
    expect(out).toContain('alert delivered_in_building');
  }, 60_000);

  it('package room: the courier leaves the parcel in the room; it is recorded there and the resident told', async () => {
    const out = await throughTheBuilding('package_room');
    expect(out).toMatch(/parcel demo-package-room-\d+ recorded in the package room \(package_room\.parcel_stored\)/);
    expect(out).toMatch(
      /the resident is told: "Your parcel \(demo-package-room-\d+\) is in your building's package room\."/,
    );
    inOrder(out, [
      'recording.confirmed',
      'lock.unlocked',
      'door.opened',
      'lock.relocked',
      'package_room.parcel_stored',
    ]);
  }, 60_000);

  it('exits 1 and says why when the platform is not there', async () => {
    const closed = `http://127.0.0.1:${(await freePorts(1))[0]}`;
    const { code, out } = await runCli(['delivery'], { ...env, THRESHOLD_URL: closed, THRESHOLD_API_KEY: 'thk_x' });
    expect(code).toBe(1);
    expect(out).toContain('FAIL happy: cannot reach the platform or the devices');
  });

  it('exits 2 with the usage for an unknown scenario', async () => {
    const { code, out } = await runCli(['delivery', '--scenario', 'teleport'], env);
    expect(code).toBe(2);
    expect(out).toContain(
      'usage: npm run demo -- delivery [--scenario happy|wrong-address|camera-offline|door-left-open|replay]',
    );
    expect(out).toContain('npm run demo -- service [--scenario happy|outside-window|revoked|overstay]');
  });
});
