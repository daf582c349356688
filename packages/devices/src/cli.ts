#!/usr/bin/env node
import { parseCli, USAGE } from './cli-args.js';
import { startControlApi } from './control-api.js';
import { startFleet } from './fleet.js';
import { runFleetLoad } from './fleet-load.js';
import { provision, writeIdentity } from './identity.js';

// The device fleet runner: `node packages/devices/dist/cli.js` (`npm run devices -- …`). docs/devices.md.

async function main(): Promise<number> {
  const parsed = parseCli(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(parsed.error === USAGE ? USAGE : `${parsed.error}\n${USAGE}`);
    return 2;
  }
  const cmd = parsed.value;
  if (cmd.command === 'provision') {
    for (const { kind, out } of cmd.identities) {
      const identity = provision(kind);
      writeIdentity(out, identity);
      console.log(`id          ${identity.id}\nclaim code  ${identity.claimCode}\nwritten to  ${out}`);
    }
    return 0;
  }
  if (cmd.command === 'fleet') {
    await runFleetLoad(cmd);
    return 0;
  }
  const fleet = await startFleet(cmd);
  if (!fleet.ok) {
    console.error(fleet.error);
    return 1;
  }
  for (const d of fleet.value.devices.values()) console.log(`${d.kind.padEnd(6)} ${d.id} → ${cmd.mqttUrl}`);
  let control: { url: string; close(): Promise<void> } | null = null;
  if (cmd.control !== null) {
    const api = await startControlApi(fleet.value.devices, cmd.control.host, cmd.control.port);
    if (!api.ok) {
      console.error('--control must listen on a loopback address');
      await fleet.value.stop();
      return 2;
    }
    control = api.value;
    console.log(`control API ${control.url}`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    // Started by a parent over IPC (the platform's demo): power off when the parent goes away, even if it was killed.
    if (process.connected) process.once('disconnect', resolve);
  });
  // Goodbye: each device publishes a retained `offline` before it disconnects.
  await control?.close();
  await fleet.value.stop();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
    // An open IPC channel would keep the process alive after its work is done.
    if (process.connected) process.disconnect();
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
