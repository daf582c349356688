#!/usr/bin/env node
import { parseCli, USAGE } from './args.js';
import { startKit } from './kit.js';
import { loadOrCreatePlatformKey } from './platform-key.js';
import { formatReport } from './report.js';

// `npm run conformance -- --device <id> …` (docs/conformance.md): stands where the platform stands, waits for the
// device and drives it through the protocol. Exit code 0 when every check passed, 1 when one failed, 2 for bad usage
// or when the kit cannot start (a port in use).

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCli(argv);
  if (!parsed.ok) {
    console.error(`${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const o = parsed.value;
  const signer = o.keyFile === null ? undefined : loadOrCreatePlatformKey(o.keyFile);
  let kit: Awaited<ReturnType<typeof startKit>>;
  try {
    kit = await startKit({ deviceId: o.deviceId, mqtt: o.mqtt, http: o.http });
  } catch (e) {
    console.error(`cannot start the kit: ${(e as Error).message}`);
    return 2;
  }
  console.error(`waiting for ${o.deviceId}: point it at broker ${kit.mqttUrl} and platform ${kit.platformUrl}`);
  try {
    const report = await kit.run({ claimCode: o.claimCode, waitMs: o.waitMs, ...(signer ? { signer } : {}) });
    console.log(o.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await kit.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
