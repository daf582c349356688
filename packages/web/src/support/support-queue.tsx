import { useState } from 'react';
import { type ClaimState, supportQueue } from '../api/claims.js';
import { KIND_WORDS, STATE_WORDS } from '../claims/claim-words.js';
import { useResource } from '../hooks/use-resource.js';
import { Link } from '../routing/router.js';
import { formatDateTime } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { ResourceView } from '../ui/resource-view.js';
import { Badge, Empty } from '../ui/status.js';

const FILTERS: Array<[ClaimState | '', string]> = [
  ['', 'All'],
  ['open', 'Waiting for support'],
  ['in_review', 'In review'],
  ['needs_info', 'Waiting for the customer'],
  ['resolved', 'Decided'],
  ['closed', 'Closed'],
];

/** Every claim, newest first, by state. */
export function SupportQueue() {
  const [state, setState] = useState<ClaimState | ''>('');
  const [claims, reload] = useResource((signal) => supportQueue(state, signal), [state]);
  return (
    <>
      <PageHeader title="Claims queue" />
      <div className="row">
        <label className="field">
          <span>Show</span>
          <select value={state} onChange={(e) => setState(e.target.value as ClaimState | '')}>
            {FILTERS.map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button secondary" onClick={reload}>
          Refresh
        </button>
      </div>
      <ResourceView resource={claims} retry={reload} label="Loading claims">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No claims here.</Empty>
          ) : (
            <ul className="list" aria-label="Claims">
              {items.map((c) => (
                <li key={c.id} className="list-item" data-claim={c.id}>
                  <div>
                    <Link href={`/support/claims/${c.id}`}>
                      Claim #{c.id}: {KIND_WORDS[c.kind]}
                    </Link>{' '}
                    <Badge tone={STATE_WORDS[c.state][1]}>{STATE_WORDS[c.state][0]}</Badge>
                    {c.assignedToYou && <Badge tone="neutral">yours</Badge>}
                  </div>
                  <div className="hint">
                    Opened <time dateTime={c.openedAt}>{formatDateTime(c.openedAt)}</time> · {c.description}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </>
  );
}
