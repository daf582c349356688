import { ALERT_MESSAGES } from './visit-step.js';
import { type AlertKind, BOLT_OPEN_STATES, GARAGE_OPEN_STATES, type Visit } from './visit-types.js';

// Judging a visit after the fact against its expectations, from the devices' own signed events (DESIGN.md
// "Visits": too long inside, door left open, a gap in the video, a door opened with no visit).

export type DeviceEvent =
  | { readonly type: 'bolt'; readonly bolt: 'locked' | 'unlocked' | 'jammed'; readonly atMs: number }
  | { readonly type: 'door'; readonly door: 'open' | 'closed'; readonly atMs: number }
  | { readonly type: 'recording'; readonly recording: 'started' | 'stopped'; readonly atMs: number }
  | { readonly type: 'heartbeat'; readonly atMs: number };

export interface Finding {
  readonly kind: AlertKind;
  readonly message: string;
  readonly atMs: number;
  readonly evidence: Readonly<Record<string, unknown>>;
}

export interface Judgement {
  readonly findings: readonly Finding[];
  /** A video gap overlapped the time the bolt was open: the footage does not show the whole passage. */
  readonly unverified: boolean;
}

interface Span {
  readonly fromMs: number;
  readonly toMs: number;
}

/** Spans between an opening event and the next closing one; one still open at the end runs to `endMs`. */
function spans<E extends DeviceEvent>(
  events: readonly E[],
  opens: (e: E) => boolean,
  closes: (e: E) => boolean,
  endMs: number,
): Span[] {
  const found: Span[] = [];
  let from: number | null = null;
  for (const e of events) {
    if (from === null && opens(e)) from = e.atMs;
    else if (from !== null && closes(e)) {
      found.push({ fromMs: from, toMs: e.atMs });
      from = null;
    }
  }
  if (from !== null) found.push({ fromMs: from, toMs: endMs });
  return found;
}

/** Silences longer than `maxGapMs` between heartbeats, from the start of recording to the end of the watch. */
function videoGaps(heartbeats: readonly number[], watch: Span, maxGapMs: number): Span[] {
  const marks = [watch.fromMs, ...heartbeats.filter((t) => t > watch.fromMs && t < watch.toMs), watch.toMs];
  const gaps: Span[] = [];
  for (let i = 1; i < marks.length; i++) {
    if (marks[i]! - marks[i - 1]! > maxGapMs) gaps.push({ fromMs: marks[i - 1]!, toMs: marks[i]! });
  }
  return gaps;
}

const finding = (kind: AlertKind, atMs: number, evidence: Record<string, unknown>): Finding => ({
  kind,
  message: ALERT_MESSAGES[kind],
  atMs,
  evidence,
});

const overlaps = (a: Span, b: Span): boolean => a.fromMs < b.toMs && b.fromMs < a.toMs;

/**
 * Judges a visit that reached the unlock against its expectations, from the device events of its access point
 * (any order). A visit never unlocked has nothing to judge. `nowMs` ends anything still running.
 */
export function judgeVisit(visit: Visit, deviceEvents: readonly DeviceEvent[], nowMs: number): Judgement {
  // A car boot has no camera to judge: its machine polices the boot itself (kinds/car.ts).
  if (!('unlockedAtMs' in visit) || !('recordingConfirmedAtMs' in visit)) return { findings: [], unverified: false };
  const { maxDurationMs, maxDoorOpenMs, heartbeatGapMs } = visit.expectations;
  // A building entrance with no camera opens without a recording: the bolt and door are judged, no video is due.
  const recordedFromMs = visit.recordingConfirmedAtMs;
  const events = [...deviceEvents]
    .filter((e) => e.atMs >= (recordedFromMs ?? visit.unlockRequestedAtMs))
    .sort((a, b) => a.atMs - b.atMs);
  const unlockedSpans = spans(
    events,
    (e) => e.type === 'bolt' && e.bolt === 'unlocked',
    (e) => e.type === 'bolt' && e.bolt === 'locked',
    nowMs,
  );
  const inside = unlockedSpans[0] ?? {
    fromMs: visit.unlockedAtMs,
    toMs: 'relockedAtMs' in visit ? visit.relockedAtMs : nowMs,
  };
  const findings: Finding[] = [];
  const insideMs = inside.toMs - inside.fromMs;
  if (insideMs > maxDurationMs)
    findings.push(finding('visit_overdue', inside.fromMs + maxDurationMs, { insideMs, maxDurationMs }));
  const doorOpen = spans(
    events,
    (e) => e.type === 'door' && e.door === 'open',
    (e) => e.type === 'door' && e.door === 'closed',
    nowMs,
  );
  for (const span of doorOpen.filter((s) => s.toMs - s.fromMs > maxDoorOpenMs)) {
    findings.push(
      finding('door_left_open', span.fromMs + maxDoorOpenMs, {
        openedAtMs: span.fromMs,
        openMs: span.toMs - span.fromMs,
        maxDoorOpenMs,
      }),
    );
  }
  const heartbeats = events.filter((e) => e.type === 'heartbeat').map((e) => e.atMs);
  const gaps =
    recordedFromMs === null ? [] : videoGaps(heartbeats, { fromMs: recordedFromMs, toMs: inside.toMs }, heartbeatGapMs);
  for (const gap of gaps) {
    findings.push(
      finding('camera_gap', gap.fromMs + heartbeatGapMs, { fromMs: gap.fromMs, toMs: gap.toMs, heartbeatGapMs }),
    );
  }
  return { findings, unverified: gaps.some((g) => overlaps(g, inside)) };
}

/**
 * For a door-open event at an access point: an alert when none of the visits open there has the bolt drawn back,
 * i.e. the door opened while no visit had unlocked it. Returns null when a visit accounts for it.
 */
export function doorOpenedWithoutVisit(
  openVisits: readonly Pick<Visit, 'id' | 'state'>[],
  atMs: number,
): Finding | null {
  if (openVisits.some((v) => BOLT_OPEN_STATES.includes(v.state))) return null;
  return finding('door_opened_without_visit', atMs, { openVisitIds: openVisits.map((v) => v.id) });
}

/**
 * For a garage door that reported open at an access point: an alert when none of the visits open there is opening,
 * holding open or closing the garage, i.e. the wall button, a remote or a hand opened it. Null when a visit accounts
 * for it (docs/access-points.md "Garage").
 */
export function garageOpenedWithoutVisit(
  openVisits: readonly Pick<Visit, 'id' | 'state'>[],
  atMs: number,
): Finding | null {
  if (openVisits.some((v) => GARAGE_OPEN_STATES.includes(v.state))) return null;
  return finding('garage_opened_without_visit', atMs, { openVisitIds: openVisits.map((v) => v.id) });
}
