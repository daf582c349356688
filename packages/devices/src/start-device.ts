import {
  type CameraState,
  type CapabilityClaims,
  claimHash,
  type DeviceKind,
  type HelloData,
  type LockerBankState,
  type LockState,
  type OpenerState,
  type Result,
  type VehicleState,
} from '@threshold/protocol';
import { CameraDevice } from './camera.js';
import { CommandPipeline } from './command-pipeline.js';
import { DeviceConnection } from './connection.js';
import type { DeviceContext } from './device-context.js';
import { FaultSwitch, type Faults } from './faults.js';
import { Flash } from './flash.js';
import type { DeviceIdentity } from './identity.js';
import type { LockOptions } from './lock.js';
import { type LocalUnlockError, LockDevice } from './lock-device.js';
import { LockerBankDevice, type LockerBankOptions } from './locker-bank-device.js';
import { OpenerDevice, type OpenerOptions } from './opener-device.js';
import { VehicleDevice, type VehicleOptions } from './vehicle-device.js';

export interface StartOptions {
  mqttUrl: string;
  platformUrl: string;
  /** Where runtime state lives between restarts; memory only when absent. */
  statePath?: string;
  /** True time in ms; the device's clock is this plus the `clockSkewMs` fault. */
  now?: () => number;
  faults?: Partial<Faults>;
  lock?: LockOptions;
  camera?: { heartbeatMs?: number; segmentMs?: number; loadHeartbeatMs?: number };
  vehicle?: VehicleOptions;
  opener?: OpenerOptions;
  lockerBank?: LockerBankOptions;
}

interface HandleBase {
  readonly id: string;
  readonly faults: { set(patch: Partial<Faults>): void; get(): Readonly<Faults> };
  /** Whether the MQTT session is up right now. */
  connected(): boolean;
  /** Stops like a powered-down device that said goodbye: retained `offline`, clean disconnect. */
  stop(): Promise<void>;
}

export interface LockHandle extends HandleBase {
  readonly kind: 'lock';
  state(): LockState;
  openDoor(): void;
  closeDoor(): void;
  enterKeypadCode(code: string): 'accepted' | 'refused';
  presentCapability(token: string): Promise<Result<CapabilityClaims, LocalUnlockError>>;
}

export interface CameraHandle extends HandleBase {
  readonly kind: 'camera';
  state(): CameraState;
  /** Resolves when every clip rendered so far has been uploaded and announced (or given up). */
  clipsSettled(): Promise<void>;
}

/** A connected car (docs/protocol-vehicle.md): the driver's side and the boot lid are driven from here. */
export interface VehicleHandle extends HandleBase {
  readonly kind: 'vehicle';
  state(): VehicleState;
  drive(to?: { lat: number; lon: number }): void;
  park(agoMs?: number): void;
  openBoot(): boolean;
  closeBoot(): void;
  lockWithKey(): boolean;
}

/** A garage-door opener (docs/protocol-garage.md): the wall button is pressed from here. */
export interface OpenerHandle extends HandleBase {
  readonly kind: 'opener';
  state(): OpenerState;
  pressButton(): void;
}

/** A parcel-locker bank (docs/protocol-locker.md): its doors and keypad are worked from here, by position or label. */
export interface LockerBankHandle extends HandleBase {
  readonly kind: 'locker_bank';
  state(): LockerBankState;
  openDoor(position: number): boolean;
  closeDoor(position: number): boolean;
  jam(position: number): boolean;
  enterCode(label: string, code: string): boolean;
}

export type DeviceHandle = LockHandle | CameraHandle | VehicleHandle | OpenerHandle | LockerBankHandle;
export type HandleFor<K extends DeviceKind> = K extends 'lock'
  ? LockHandle
  : K extends 'vehicle'
    ? VehicleHandle
    : K extends 'opener'
      ? OpenerHandle
      : K extends 'locker_bank'
        ? LockerBankHandle
        : CameraHandle;

/** Boots one emulated device: loads its flash, connects to the broker and answers the platform from then on. */
export async function startDevice<K extends DeviceKind>(
  identity: DeviceIdentity<K>,
  options: StartOptions,
): Promise<HandleFor<K>> {
  const now = options.now ?? Date.now;
  const faults = new FaultSwitch();
  const flash = new Flash(options.statePath);
  const clock = () => Math.round(now() + faults.get().clockSkewMs);
  let conn: DeviceConnection | null = null;
  const ctx: DeviceContext = {
    identity,
    flash,
    faults,
    clock,
    emit: (type, data) => conn!.emit(type, data),
    publishState: () => conn?.publishState(),
  };
  const device = makeDevice(identity.kind, ctx, options);
  const pipeline = commandPipeline(ctx, device);
  const link = new DeviceConnection({
    identity,
    mqttUrl: options.mqttUrl,
    flash,
    clock,
    hello: () => helloOf(identity, flash),
    state: () => device.state(),
    onCommand: (payload) => void pipeline.receive(payload),
  });
  conn = link;
  // The `offline` fault is the network itself: drop without a goodbye, come back when it is cleared.
  faults.onChange((f, before) => {
    if (f.offline !== before.offline) f.offline ? link.drop() : link.open();
  });
  faults.set(options.faults ?? {});
  if (!faults.get().offline) link.open();
  const handle = makeHandle(identity, device, faults, link);
  const stop = handle.stop;
  handle.stop = async () => {
    await stop();
    flash.close();
  };
  return handle as HandleFor<K>;
}

type AnyDevice = LockDevice | CameraDevice | VehicleDevice | OpenerDevice | LockerBankDevice;

function makeDevice(kind: DeviceKind, ctx: DeviceContext, options: StartOptions): AnyDevice {
  if (kind === 'lock') return new LockDevice(ctx, options.lock);
  if (kind === 'vehicle') return new VehicleDevice(ctx, options.vehicle);
  if (kind === 'opener') return new OpenerDevice(ctx, options.opener);
  if (kind === 'locker_bank') return new LockerBankDevice(ctx, options.lockerBank);
  return new CameraDevice(ctx, { platformUrl: options.platformUrl, ...options.camera });
}

function commandPipeline(ctx: DeviceContext, device: AnyDevice): CommandPipeline {
  return new CommandPipeline({
    deviceId: ctx.identity.id,
    claimCode: ctx.identity.claimCode,
    flash: ctx.flash,
    clock: ctx.clock,
    sendAck: (ack) => ctx.emit('ack', ack),
    act: (cmd) => device.handle(cmd),
    onKeysChanged: () => ctx.publishState(),
  });
}

/** docs/protocol.md §3.1: the claim hash is announced only until the device is paired. */
function helloOf(identity: DeviceIdentity, flash: Flash): HelloData {
  return {
    kind: identity.kind,
    publicKey: identity.publicKey,
    firmware: identity.firmware,
    claimHash: flash.paired ? null : claimHash(identity.claimCode),
    pinnedKids: [...flash.pinnedKeys.keys()],
  };
}

function makeHandle(
  identity: DeviceIdentity,
  device: AnyDevice,
  faults: FaultSwitch,
  link: DeviceConnection,
): DeviceHandle {
  const base = {
    id: identity.id,
    faults: { set: (patch: Partial<Faults>) => faults.set(patch), get: () => faults.get() },
    connected: () => link.connected,
  };
  if (device instanceof LockDevice) {
    return {
      ...base,
      kind: 'lock',
      state: () => device.state(),
      openDoor: () => device.openDoor(),
      closeDoor: () => device.closeDoor(),
      enterKeypadCode: (code) => device.enterKeypadCode(code),
      presentCapability: (token) => device.presentCapability(token),
      stop: async () => {
        device.stop();
        await link.close();
      },
    };
  }
  if (device instanceof VehicleDevice) {
    return {
      ...base,
      kind: 'vehicle',
      state: () => device.state(),
      drive: (to) => device.drive(to),
      park: (agoMs) => device.park(agoMs),
      lockWithKey: () => device.lockWithKey(),
      openBoot: () => device.openBoot(),
      closeBoot: () => device.closeBoot(),
      stop: async () => {
        device.stop();
        await link.close();
      },
    };
  }
  if (device instanceof OpenerDevice) {
    return {
      ...base,
      kind: 'opener',
      state: () => device.state(),
      pressButton: () => device.pressButton(),
      stop: async () => {
        device.stop();
        await link.close();
      },
    };
  }
  if (device instanceof LockerBankDevice) {
    return {
      ...base,
      kind: 'locker_bank',
      state: () => device.state(),
      openDoor: (position) => device.openDoor(position),
      closeDoor: (position) => device.closeDoor(position),
      jam: (position) => device.jam(position),
      enterCode: (label, code) => device.enterCode(label, code),
      stop: () => link.close(),
    };
  }
  return {
    ...base,
    kind: 'camera',
    state: () => device.state(),
    clipsSettled: () => device.settled(),
    stop: async () => {
      await device.stop();
      await link.close();
    },
  };
}
