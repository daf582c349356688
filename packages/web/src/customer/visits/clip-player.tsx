import type { Clip, VisitDetail } from '../../api/types.js';
import { formatDateTime, formatDuration, formatTime } from '../../ui/format.js';
import { Empty } from '../../ui/status.js';
import { footageParts } from './footage.js';

const entryAt = (visit: VisitDetail, kind: string) => visit.timeline.find((e) => e.kind === kind)?.at ?? null;

/** The time the footage must cover: from the unlock to the relock (or to now while the door is open). */
function mustCover(visit: VisitDetail): { from: string; to: string } | null {
  const from = entryAt(visit, 'lock.unlocked');
  const to = entryAt(visit, 'lock.relocked');
  return from && to ? { from, to } : null;
}

function Segment({ clip, index, count }: { clip: Clip; index: number; count: number }) {
  const part = count > 1 ? `Part ${index + 1} of ${count}` : 'The video';
  if (clip.expired)
    return (
      <li className="clip clip-expired" data-clip={clip.id} data-expired="true">
        <p className="empty">
          {part}: the clip has expired{clip.expiredAt ? ` (deleted ${formatDateTime(clip.expiredAt)})` : ''}, at the end
          of the home's retention. Its fingerprint stays in the ledger.
        </p>
      </li>
    );
  return (
    <li className="clip" data-clip={clip.id}>
      {/* biome-ignore lint/a11y/useMediaCaption: camera footage has no speech to caption */}
      <video
        controls
        preload="metadata"
        playsInline
        src={clip.url}
        aria-label={`${part}, from ${formatTime(clip.startedAt)}`}
      />
      <p className="hint">
        {part} · {formatTime(clip.startedAt)}–{formatTime(clip.endedAt)} · {formatDuration(clip.durationMs)}
      </p>
    </li>
  );
}

/**
 * The visit's footage: the camera's segments in order, and every stretch with no footage shown as a gap. The browser
 * fetches clips with byte ranges; every look is logged on the home's ledger (docs/ledger.md), so only metadata loads
 * until the customer presses play.
 */
export function ClipPlayer({ visit, open }: { visit: VisitDetail; open: boolean }) {
  const recorded = visit.timeline.some((e) => e.kind === 'recording.confirmed');
  if (visit.clips.length === 0) {
    if (open && recorded) return <Empty>The video appears here once the camera stops recording.</Empty>;
    if (recorded) return <Empty>The camera is still sending the video; it appears here by itself.</Empty>;
    return <Empty>No video: the door was not opened, so the camera did not record.</Empty>;
  }
  const parts = footageParts(visit.clips, open ? null : mustCover(visit));
  const gaps = parts.filter((p) => p.kind === 'gap').length;
  return (
    <>
      {gaps > 0 && (
        <p className="notice notice-error" role="status">
          The footage is incomplete: {gaps === 1 ? 'one stretch is' : `${gaps} stretches are`} missing.
        </p>
      )}
      <ol className="clips" aria-label="Footage">
        {parts.map((part) =>
          part.kind === 'clip' ? (
            <Segment key={part.clip.id} clip={part.clip} index={part.index} count={visit.clips.length} />
          ) : (
            <li key={`gap-${part.from}`} className="gap" data-gap="true">
              No footage from {formatTime(part.from)} to {formatTime(part.to)} (
              {formatDuration(Date.parse(part.to) - Date.parse(part.from))})
            </li>
          ),
        )}
      </ol>
    </>
  );
}
