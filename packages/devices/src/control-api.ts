import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Result } from '@threshold/protocol';
import { pickFaults } from './faults.js';
import type { DeviceHandle, LockerBankHandle, LockHandle, VehicleHandle } from './start-device.js';

/**
 * The physical world and the fault switches of a running fleet, over loopback HTTP (docs/devices.md). It stands in
 * for people at the door and for hardware failures; the platform never uses it.
 */
export interface ControlApi {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const MAX_BODY = 16 * 1024;

type Reply = { status: number; body: unknown };
type Body = Record<string, unknown>;

export async function startControlApi(
  devices: ReadonlyMap<string, DeviceHandle>,
  host: string,
  port: number,
): Promise<Result<ControlApi, 'not_loopback'>> {
  if (!LOOPBACK.has(host)) return { ok: false, error: 'not_loopback' };
  const server = createServer((req, res) => {
    void serve(devices, req).then((reply) => send(res, reply));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    ok: true,
    value: {
      url: `http://${shownHost}:${bound}`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    },
  };
}

async function serve(devices: ReadonlyMap<string, DeviceHandle>, req: IncomingMessage): Promise<Reply> {
  const path = new URL(req.url ?? '/', 'http://control').pathname.split('/').filter(Boolean);
  if (req.method === 'GET' && path.length === 1 && path[0] === 'devices') {
    return { status: 200, body: [...devices.values()].map(describe) };
  }
  if (req.method !== 'POST' || path[0] !== 'devices' || path.length < 3) return notFound;
  const device = devices.get(path[1]!);
  if (device === undefined) return { status: 404, body: { error: 'unknown_device' } };
  const body = await readJson(req);
  if (body === null) return { status: 400, body: { error: 'bad_json' } };
  return act(device, path.slice(2).join('/'), body);
}

async function act(device: DeviceHandle, action: string, body: Body): Promise<Reply> {
  if (action === 'faults') {
    device.faults.set(pickFaults(body));
    return { status: 200, body: describe(device) };
  }
  if (action === 'garage/button') {
    if (device.kind !== 'opener') return { status: 409, body: { error: 'not_an_opener' } };
    device.pressButton();
    return { status: 200, body: describe(device) };
  }
  if (action.startsWith('locker/')) {
    if (device.kind !== 'locker_bank') return { status: 409, body: { error: 'not_a_locker_bank' } };
    return lockerAction(device, action, body);
  }
  if (action.startsWith('car/')) {
    if (device.kind !== 'vehicle') return { status: 409, body: { error: 'not_a_vehicle' } };
    return vehicleAction(device, action, body);
  }
  if (!['door/open', 'door/close', 'keypad', 'capability'].includes(action)) return notFound;
  if (device.kind !== 'lock') return { status: 409, body: { error: 'not_a_lock' } };
  return lockAction(device, action, body);
}

async function lockAction(lock: LockHandle, action: string, body: Body): Promise<Reply> {
  switch (action) {
    case 'door/open':
      lock.openDoor();
      return { status: 200, body: describe(lock) };
    case 'door/close':
      lock.closeDoor();
      return { status: 200, body: describe(lock) };
    case 'keypad':
      if (typeof body.code !== 'string') return { status: 400, body: { error: 'code_required' } };
      return { status: 200, body: { result: lock.enterKeypadCode(body.code) } };
    default: {
      if (typeof body.token !== 'string') return { status: 400, body: { error: 'token_required' } };
      const result = await lock.presentCapability(body.token);
      return result.ok
        ? { status: 200, body: { result: 'unlocked', visit: result.value.sub } }
        : { status: 403, body: { error: result.error } };
    }
  }
}

/** The driver and whoever is at the boot: drive (to a place), park, lift or shut the lid, the owner's key fob. */
function vehicleAction(car: VehicleHandle, action: string, body: Body): Reply {
  const done = (ok: boolean): Reply =>
    ok ? { status: 200, body: describe(car) } : { status: 409, body: { error: 'refused', ...describe(car) } };
  switch (action) {
    case 'car/drive': {
      const { lat, lon } = body;
      const to = typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : undefined;
      car.drive(to);
      return done(true);
    }
    case 'car/park':
      car.park(typeof body.parkedForMs === 'number' ? body.parkedForMs : 0);
      return done(true);
    case 'car/boot/open':
      return done(car.openBoot());
    case 'car/boot/close':
      car.closeBoot();
      return done(true);
    case 'car/boot/lock':
      return done(car.lockWithKey());
    default:
      return notFound;
  }
}

/** Whoever stands at the bank: open, shut or jam a compartment's door (by position), type a code (by label). */
function lockerAction(bank: LockerBankHandle, action: string, body: Body): Reply {
  const done = (ok: boolean): Reply =>
    ok ? { status: 200, body: describe(bank) } : { status: 409, body: { error: 'refused', ...describe(bank) } };
  const position = typeof body.position === 'number' ? body.position : Number.NaN;
  switch (action) {
    case 'locker/door/open':
      return done(bank.openDoor(position));
    case 'locker/door/close':
      return done(bank.closeDoor(position));
    case 'locker/door/stuck':
      return done(bank.jam(position));
    case 'locker/keypad':
      if (typeof body.compartment !== 'string' || typeof body.code !== 'string') {
        return { status: 400, body: { error: 'compartment_and_code_required' } };
      }
      return done(bank.enterCode(body.compartment, body.code));
    default:
      return notFound;
  }
}

const notFound: Reply = { status: 404, body: { error: 'not_found' } };

function describe(d: DeviceHandle) {
  return { id: d.id, kind: d.kind, connected: d.connected(), state: d.state(), faults: d.faults.get() };
}

async function readJson(req: IncomingMessage): Promise<Body | null> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > MAX_BODY) return null;
  }
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : null;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
}
