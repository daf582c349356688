import { listGrantVisits } from '../../api/grants.js';
import { useResource } from '../../hooks/use-resource.js';
import { useReloadOn } from '../../live/live-context.js';
import { Link } from '../../routing/router.js';
import { formatDateTime } from '../../ui/format.js';
import { ResourceView } from '../../ui/resource-view.js';
import { Badge, Empty } from '../../ui/status.js';
import { expectationWords, visitStateWords } from './verdict-words.js';

/** The grant's visits, newest first, followed live: what is happening now, then the verdict. */
export function GrantVisits({ grantId }: { grantId: string }) {
  const [visits, reload] = useResource((signal) => listGrantVisits(grantId, signal), [grantId]);
  useReloadOn(['home.visit', 'home.ledger'], reload);
  return (
    <ResourceView resource={visits} retry={reload} label="Loading the visits">
      {({ items }) =>
        items.length === 0 ? (
          <Empty>No visit yet.</Empty>
        ) : (
          <ul className="list grant-visits" aria-label="Visits under this access">
            {items.map((v) => (
              <li key={v.visitId} className="list-item">
                <div className="row">
                  <Link href={`/visits/${v.visitId}`}>{formatDateTime(v.openedAt)}</Link>
                  {v.verdict ? (
                    <Badge tone={v.verdict.verdict === 'kept' ? 'good' : 'bad'}>
                      {v.verdict.verdict === 'kept' ? 'Every expectation kept' : 'Expectations broken'}
                    </Badge>
                  ) : (
                    <Badge tone="info">{visitStateWords(v)}</Badge>
                  )}
                </div>
                {v.verdict && (
                  <ul className="expectations" aria-label="Expectations">
                    {v.verdict.expectations.map((e) => (
                      <li key={e.name} className={e.outcome === 'broken' ? 'broken' : 'kept'}>
                        <span aria-hidden="true">{e.outcome === 'broken' ? '✗' : '✓'}</span> {expectationWords(e)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )
      }
    </ResourceView>
  );
}
