import type { VisitDetail } from './flow.js';

// The visit as the ledger tells it (docs/ledger.md): every state change and fact with its time, every check with
// its evidence, and the clip.

const WIDTH = 110;

function compact(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  return text.length > WIDTH ? `${text.slice(0, WIDTH - 1)}…` : text;
}

function describeEntry(kind: string, data: Record<string, unknown>): string {
  if (kind === 'visit.check') {
    const { name, passed, reason, evidence } = data as {
      name: string;
      passed: boolean;
      reason: string | null;
      evidence: unknown;
    };
    return `${name} ${passed ? 'passed' : 'FAILED'}${reason ? ` (${reason})` : ''}  evidence ${compact(evidence)}`;
  }
  return Object.keys(data).length === 0 ? '' : compact(data);
}

/** `HH:MM:SS.mmm` in UTC: the ledger's times, short enough to read down a column. */
const clockOf = (iso: string) => iso.slice(11, 23);

/** Ledger facts, one line each: time, kind, data. */
export function factLines(facts: readonly { at: string; kind: string; data: Record<string, unknown> }[]): string[] {
  return facts.map((e) => `${clockOf(e.at)}  ${e.kind.padEnd(24)} ${describeEntry(e.kind, e.data)}`.trimEnd());
}

export function timelineLines(detail: VisitDetail, apiUrl: string): string[] {
  const lines = factLines(detail.timeline);
  for (const a of detail.alerts) lines.push(`${clockOf(a.at)}  alert ${a.kind}: ${a.message}`);
  for (const c of detail.clips) {
    lines.push(
      `clip ${new URL(c.url, apiUrl).href}  (${(c.durationMs / 1000).toFixed(1)} s, ${c.bytes} bytes, sha256 ${c.sha256})`,
    );
  }
  return lines;
}
