import { myWindows } from '../api/grants.js';
import { useResource } from '../hooks/use-resource.js';
import { Link } from '../routing/router.js';
import { PageHeader } from '../ui/page-header.js';
import { ResourceView } from '../ui/resource-view.js';
import { Empty } from '../ui/status.js';
import { CantCome } from './cant-come.js';
import { VisitFlow } from './visit-flow.js';
import { WindowSummary } from './windows-page.js';

/** One home's window (the one in progress, or the next): check in, open the door, check out, or say you can't come. */
export function WindowPage({ grantId }: { grantId: string }) {
  const [windows, reload] = useResource((signal) => myWindows(signal), []);
  return (
    <>
      <PageHeader title="At the home">
        <Link href="/">‹ Today's windows</Link>
      </PageHeader>
      <ResourceView resource={windows} retry={reload} label="Loading the window">
        {({ items }) => {
          const window = items.find((w) => w.grantId === grantId);
          if (!window)
            return (
              <Empty>
                This home has no window today. <Link href="/">Back to today's windows</Link>
              </Empty>
            );
          return (
            <div className="stack">
              <div className="card">
                <WindowSummary window={window} />
              </div>
              <VisitFlow window={window} />
              <CantCome grantId={grantId} localDate={window.localDate} />
            </div>
          );
        }}
      </ResourceView>
    </>
  );
}
