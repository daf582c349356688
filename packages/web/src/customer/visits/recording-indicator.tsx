import { useNow } from '../../hooks/use-now.js';
import { formatDuration } from '../../ui/format.js';

/** The camera sends a heartbeat every second while recording (docs/protocol.md §3.3); three missed is a warning. */
export const STALE_AFTER_MS = 3_000;

/**
 * How old the camera's last sign of life is, as this page received it. `lastBeatAt` is the browser's receive time of
 * the latest heartbeat-driven update of the visit, so a stalled stream shows as stale too, which is what we want.
 */
export function RecordingIndicator({ lastBeatAt }: { lastBeatAt: number | null }) {
  const now = useNow(500);
  const age = lastBeatAt === null ? null : Math.max(0, now - lastBeatAt);
  const stale = age === null || age > STALE_AFTER_MS;
  const text =
    age === null
      ? 'Recording — waiting for the camera'
      : stale
        ? `No word from the camera for ${formatDuration(age)}`
        : `Recording · camera heard ${formatDuration(age)} ago`;
  return (
    <p className={`recording ${stale ? 'recording-stale' : 'recording-ok'}`} data-stale={stale}>
      <span className="dot" aria-hidden="true" />
      {text}
      {/* Only the change between fresh and stale is announced; the ticking age is not. */}
      <span className="visually-hidden" role="status">
        {stale ? 'Warning: the camera has gone quiet' : 'The camera is recording'}
      </span>
    </p>
  );
}
