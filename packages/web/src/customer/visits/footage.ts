// Which parts of a visit the camera's clips cover, in order, and where footage is missing (DESIGN.md "Visits": a gap
// in the video is a finding). Clips are the camera's segments; their times are the camera's, checked against the
// platform's receive time within a skew (docs/protocol.md §5), so small differences are not gaps.

export interface ClipSpan {
  id: string;
  startedAt: string;
  endedAt: string;
}

export type FootagePart<C extends ClipSpan> =
  | { kind: 'clip'; clip: C; index: number }
  | { kind: 'gap'; from: string; to: string };

/** Differences under this are the camera's and the platform's clocks, not missing footage. */
export const GAP_TOLERANCE_MS = 2_000;

const ms = (iso: string) => Date.parse(iso);

/**
 * The clips in order with the gaps between them, and before the first or after the last when `must` (the time the
 * door was under the visit's control: unlocked → relocked) is not covered.
 */
export function footageParts<C extends ClipSpan>(
  clips: readonly C[],
  must: { from: string; to: string } | null,
): FootagePart<C>[] {
  const sorted = [...clips].sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
  const parts: FootagePart<C>[] = [];
  let coveredTo = must ? ms(must.from) : Number.NEGATIVE_INFINITY;
  let coveredToIso = must?.from ?? '';
  for (const [index, clip] of sorted.entries()) {
    if (ms(clip.startedAt) - coveredTo > GAP_TOLERANCE_MS && (must !== null || index > 0)) {
      parts.push({ kind: 'gap', from: coveredToIso, to: clip.startedAt });
    }
    parts.push({ kind: 'clip', clip, index });
    if (ms(clip.endedAt) > coveredTo) {
      coveredTo = ms(clip.endedAt);
      coveredToIso = clip.endedAt;
    }
  }
  if (must && sorted.length > 0 && ms(must.to) - coveredTo > GAP_TOLERANCE_MS) {
    parts.push({ kind: 'gap', from: coveredToIso, to: must.to });
  }
  return parts;
}
