import type { DeviceKind } from '@threshold/protocol';
import type { CheckResult } from './runner.js';

export interface Report {
  deviceId: string;
  kind: DeviceKind;
  firmware: string | null;
  mqttUrl: string;
  platformUrl: string;
  /** The kid of the platform key the kit paired the device with. */
  kid: string;
  results: CheckResult[];
  /** True when no check failed. */
  ok: boolean;
  /** Ids of the failed checks. */
  failed: string[];
  ms: number;
}

export function makeReport(r: Omit<Report, 'ok' | 'failed'>): Report {
  const failed = r.results.filter((c) => c.verdict === 'fail').map((c) => c.id);
  return { ...r, ok: failed.length === 0, failed };
}

const MARK = { pass: 'PASS', fail: 'FAIL', skip: 'skip' } as const;

/** The report for a terminal: one line per check, the reason under a failure or skip, a summary line at the end. */
export function formatReport(r: Report): string {
  const width = Math.max(...r.results.map((c) => c.id.length), 10);
  const lines = [
    `Threshold device conformance: ${r.kind} ${r.deviceId}${r.firmware ? ` (firmware ${r.firmware})` : ''}`,
    `  broker ${r.mqttUrl}, uploads ${r.platformUrl}, platform key ${r.kid}`,
    '',
  ];
  for (const c of r.results) {
    lines.push(`${MARK[c.verdict]}  ${c.id.padEnd(width)}  ${c.title}  (${c.ms} ms)`);
    if (c.message !== null) lines.push(`      ${' '.repeat(width)}  → ${c.message}`);
    for (const note of c.notes) lines.push(`      ${' '.repeat(width)}  · ${note}`);
  }
  const count = (v: CheckResult['verdict']) => r.results.filter((c) => c.verdict === v).length;
  lines.push(
    '',
    `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped in ${(r.ms / 1000).toFixed(1)} s`,
  );
  lines.push(r.ok ? 'CONFORMS' : `DOES NOT CONFORM: ${r.failed.join(', ')}`);
  return lines.join('\n');
}
