import { useLiveStatus } from '../live/live-context.js';

const LABELS = {
  live: 'Live',
  connecting: 'Connecting…',
  reconnecting: 'Offline, reconnecting…',
  offline: 'Offline',
} as const;

/** Whether the page is receiving live updates; a stale page must not look live. */
export function LiveIndicator() {
  const status = useLiveStatus();
  return (
    <span className={`live-indicator live-${status}`} role="status" aria-live="polite">
      <span className="dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
