import type { Clip } from '../../api/types.js';
import { formatDuration, formatTime } from '../../ui/format.js';
import { Empty } from '../../ui/status.js';

/**
 * The visit's footage. The browser fetches it with byte ranges from /v1/clips/{id}; every look is logged on the
 * home's ledger (docs/ledger.md), so the player loads metadata only until the customer presses play.
 */
export function ClipPlayer({ clips, open }: { clips: Clip[]; open: boolean }) {
  if (clips.length === 0)
    return <Empty>{open ? 'The clip appears here once the camera stops recording.' : 'No video was recorded.'}</Empty>;
  return (
    <div className="stack">
      {clips.map((clip) => (
        <figure key={clip.id} className="clip">
          {/* biome-ignore lint/a11y/useMediaCaption: camera footage has no speech to caption */}
          <video
            controls
            preload="metadata"
            src={clip.url}
            aria-label={`Video of the visit from ${formatTime(clip.startedAt)}`}
          />
          <figcaption className="hint">
            {formatTime(clip.startedAt)}–{formatTime(clip.endedAt)} · {formatDuration(clip.durationMs)} · SHA-256{' '}
            <span className="mono">{clip.sha256.slice(0, 16)}…</span>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
