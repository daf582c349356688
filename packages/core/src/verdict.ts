// The verdict on a service visit (DESIGN.md "Visits": expectations are specified and policed by the system): each
// expectation of the grant kept or broken, with the evidence it rests on, judged from the visit's own recorded facts
// (the ledger entries of the visit: signed device events as the machine recorded them, alerts it raised).

export type ExpectationName = 'in_window' | 'max_duration' | 'door_relocked' | 'camera_recording' | 'checked_out';

export interface ServiceTerms {
  /** The grant's window the visit was made in (null when the check-in was outside every window). */
  readonly window: { readonly startMs: number; readonly endMs: number } | null;
  /** Longest the worker may be inside: from the first unlock to the check-out. */
  readonly maxVisitMs: number;
  /** Whether the grant requires footage of every passage; when false the camera expectation is not judged. */
  readonly cameraRequired: boolean;
}

/** One recorded fact of the visit: a ledger entry's kind and time, and the alert kind for `visit.alert`. */
export interface VisitFact {
  readonly kind: string;
  readonly atMs: number;
  readonly alert?: string | undefined;
}

export interface ExpectationResult {
  readonly name: ExpectationName;
  /** `not_applicable`: the grant does not ask for it (a camera not required). */
  readonly outcome: 'kept' | 'broken' | 'not_applicable';
  /** Plain words for the customer when broken. */
  readonly reason: string | null;
  readonly evidence: Readonly<Record<string, unknown>>;
}

export interface ServiceVerdict {
  readonly verdict: 'kept' | 'broken';
  readonly expectations: readonly ExpectationResult[];
  readonly judgedAtMs: number;
}

interface Passage {
  readonly unlockedAtMs: number;
  readonly relockedAtMs: number | null;
}

/** The unlock → relock cycles of the visit, in order; one not relocked yet ends with null. */
export function passagesOf(facts: readonly VisitFact[]): Passage[] {
  const passages: Passage[] = [];
  let open: number | null = null;
  for (const f of [...facts].sort((a, b) => a.atMs - b.atMs)) {
    if (f.kind === 'lock.unlocked' && open === null) open = f.atMs;
    else if (f.kind === 'lock.relocked' && open !== null) {
      passages.push({ unlockedAtMs: open, relockedAtMs: f.atMs });
      open = null;
    }
  }
  if (open !== null) passages.push({ unlockedAtMs: open, relockedAtMs: null });
  return passages;
}

const result = (
  name: ExpectationName,
  broken: string | null,
  evidence: Record<string, unknown>,
): ExpectationResult => ({ name, outcome: broken === null ? 'kept' : 'broken', reason: broken, evidence });

const CAMERA_ALERTS = ['camera_gap', 'camera_failed'];

/**
 * Judges a service visit at `nowMs` from its facts: `checkedOutAtMs` is the check-out (null while the worker has not
 * checked out: "inside" runs to `nowMs`). A visit that never opened the door keeps every expectation about the inside.
 */
export function judgeServiceVisit(
  terms: ServiceTerms,
  facts: readonly VisitFact[],
  checkedOutAtMs: number | null,
  nowMs: number,
): ServiceVerdict {
  const passages = passagesOf(facts);
  const first = passages[0]?.unlockedAtMs ?? null;
  // Without a check-out the platform cannot tell the worker left: they count as inside until now.
  const leftAtMs = checkedOutAtMs ?? nowMs;
  const insideMs = first === null ? 0 : leftAtMs - first;
  const window = terms.window;
  const outside = first !== null && window === null ? 'No window of the grant covered the visit' : null;
  const early = window !== null && first !== null && first < window.startMs;
  const late = window !== null && first !== null && leftAtMs > window.endMs;
  const cameraAlerts = facts.filter((f) => f.kind === 'visit.alert' && CAMERA_ALERTS.includes(f.alert ?? ''));
  const unrecorded = passages.filter(
    (p) => !facts.some((f) => f.kind === 'recording.confirmed' && f.atMs <= p.unlockedAtMs),
  );
  const notRelocked = passages.filter((p) => p.relockedAtMs === null);
  const jammed = facts.some((f) => f.kind === 'visit.alert' && f.alert === 'lock_jammed');
  const expectations: ExpectationResult[] = [
    result(
      'in_window',
      outside ??
        (early
          ? 'The door was opened before the window'
          : late
            ? 'The worker was still inside after the window'
            : null),
      { window, firstUnlockAtMs: first, leftAtMs: first === null ? null : leftAtMs },
    ),
    result(
      'max_duration',
      insideMs > terms.maxVisitMs ? `Inside for ${Math.round(insideMs / 60_000)} min, longer than agreed` : null,
      { insideMs, maxVisitMs: terms.maxVisitMs },
    ),
    result('door_relocked', notRelocked.length > 0 || jammed ? 'The door was not relocked after every entry' : null, {
      passages,
      jammed,
    }),
    terms.cameraRequired
      ? result(
          'camera_recording',
          cameraAlerts.length > 0 || unrecorded.length > 0 ? 'The camera did not record every entry throughout' : null,
          { gaps: cameraAlerts.map((f) => ({ alert: f.alert, atMs: f.atMs })), unrecorded },
        )
      : { name: 'camera_recording', outcome: 'not_applicable', reason: null, evidence: {} },
    result('checked_out', checkedOutAtMs === null ? 'The worker did not check out' : null, { checkedOutAtMs }),
  ];
  return {
    verdict: expectations.some((e) => e.outcome === 'broken') ? 'broken' : 'kept',
    expectations,
    judgedAtMs: nowMs,
  };
}
