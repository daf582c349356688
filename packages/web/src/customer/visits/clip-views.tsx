import type { VisitDetail } from '../../api/types.js';
import { Link } from '../../routing/router.js';
import { formatDateTime } from '../../ui/format.js';

// Every look at this visit's video is a fact in the home's ledger (docs/claims.md "Purpose-bound support access");
// support's looks are listed here with the claim or consent that allowed them.

const whenWords = (iso: string) => {
  const d = new Date(iso);
  return `${d.toLocaleDateString(undefined, { dateStyle: 'medium' })} at ${d.toLocaleTimeString(undefined, { timeStyle: 'short' })}`;
};

export function ClipViews({ visit }: { visit: VisitDetail }) {
  const support = visit.clipViews.filter((v) => v.by === 'Support');
  if (support.length === 0) return <p className="hint">Nobody from support has watched this video.</p>;
  return (
    <ul className="list" aria-label="Who watched the video">
      {support.map((v) => (
        <li key={`${v.clipId}-${v.at}`} className="list-item" data-clip-view={v.clipId}>
          {v.claimId ? (
            <span>
              Support viewed this clip for <Link href={`/claims/${v.claimId}`}>claim #{v.claimId}</Link> on{' '}
              {whenWords(v.at)}
            </span>
          ) : (
            <span>Support viewed this clip with your consent on {whenWords(v.at)}</span>
          )}
          <time className="visually-hidden" dateTime={v.at}>
            {formatDateTime(v.at)}
          </time>
        </li>
      ))}
    </ul>
  );
}
