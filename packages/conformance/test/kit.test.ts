import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provision, startDevice } from '@threshold/devices';
import { type DeviceKind, NonceCache } from '@threshold/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startKit } from '../src/kit.js';
import { freshPlatformKey } from '../src/platform-key.js';
import type { Report } from '../src/report.js';
import { formatReport } from '../src/report.js';

const loopback = { host: '127.0.0.1', port: 0 };

/** The kit on free ports, one emulated device pointed at it (factory state: it pairs it), and the report. */
async function conformanceOf(kind: DeviceKind): Promise<Report> {
  const identity = provision(kind);
  const kit = await startKit({ deviceId: identity.id, mqtt: { listen: loopback }, http: loopback });
  const device = await startDevice(identity, { mqttUrl: kit.mqttUrl, platformUrl: kit.platformUrl });
  try {
    return await kit.run({ claimCode: identity.claimCode, waitMs: 10_000 });
  } finally {
    await device.stop();
    await kit.close();
  }
}

function explain(report: Report): string {
  return formatReport(report);
}

describe('conformance kit', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("passes the project's own lock emulator", async () => {
    const report = await conformanceOf('lock');
    expect(report.failed, explain(report)).toEqual([]);
    expect(report.results.filter((r) => r.verdict === 'skip').map((r) => r.id)).toEqual([]);
    expect(report.results.map((r) => r.id)).toContain('capability.replayed');
    expect(report.ms).toBeLessThan(60_000);
  }, 70_000);

  it("passes the project's own camera emulator", async () => {
    const report = await conformanceOf('camera');
    expect(report.failed, explain(report)).toEqual([]);
    expect(report.results.filter((r) => r.verdict === 'skip').map((r) => r.id)).toEqual([]);
    expect(report.results.map((r) => r.id)).toContain('clip.upload');
    expect(report.ms).toBeLessThan(60_000);
  }, 70_000);

  it('tests a device it paired before again, with the same key and no factory reset', async () => {
    const identity = provision('lock');
    const dir = mkdtempSync(join(tmpdir(), 'threshold-conformance-'));
    const signer = freshPlatformKey();
    const runOnce = async () => {
      const kit = await startKit({ deviceId: identity.id, mqtt: { listen: loopback }, http: loopback });
      const statePath = join(dir, 'lock.state.json');
      const device = await startDevice(identity, { mqttUrl: kit.mqttUrl, platformUrl: kit.platformUrl, statePath });
      try {
        return await kit.run({ claimCode: identity.claimCode, signer, waitMs: 10_000 });
      } finally {
        await device.stop();
        await kit.close();
      }
    };
    try {
      expect((await runOnce()).failed).toEqual([]);
      const again = await runOnce();
      expect(again.failed, explain(again)).toEqual([]);
      const skipped = again.results.filter((r) => r.verdict === 'skip').map((r) => r.id);
      expect(skipped).toEqual(['pair.not-paired', 'pair.refusals', 'pair.ok']);
      expect(again.results.find((r) => r.id === 'capability.replayed')?.verdict).toBe('pass');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 70_000);

  it('fails a lock that accepts a replayed capability, naming the check', async () => {
    // The broken double: the emulator's nonce memory never finds a used nonce, so a replay unlocks again.
    vi.spyOn(NonceCache.prototype, 'has').mockReturnValue(false);
    const report = await conformanceOf('lock');
    expect(report.ok).toBe(false);
    expect(report.failed, explain(report)).toEqual(['capability.replayed']);
    const replayed = report.results.find((r) => r.id === 'capability.replayed')!;
    expect(replayed.message).toMatch(/expected rejected\(replayed\), got ok/);
  }, 70_000);
});
