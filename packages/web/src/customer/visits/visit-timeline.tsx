import type { TimelineEntry } from '../../api/types.js';
import { formatTime } from '../../ui/format.js';
import { Empty } from '../../ui/status.js';
import { describeEntry } from './visit-words.js';

/** The visit as its ledger recorded it, in order; it grows while the visit is open. */
export function VisitTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <Empty>Nothing has happened yet.</Empty>;
  return (
    <ol className="timeline" aria-label="Timeline">
      {entries.map((entry) => (
        <li key={entry.seq} data-kind={entry.kind}>
          <time dateTime={entry.at}>{formatTime(entry.at)}</time>
          {describeEntry(entry)}
        </li>
      ))}
    </ol>
  );
}
