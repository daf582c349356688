import { match, useLocation } from '../routing/router.js';
import { Shell } from '../shell.js';
import { NotFound } from '../ui/not-found.js';
import { WindowPage } from './window-page.js';
import { WindowsPage } from './windows-page.js';

const NAV = [{ href: '/', label: "Today's windows" }];

/** A service worker's phone (a cleaner, a dog walker): today's windows, and one home at a time. */
export function WorkerApp() {
  const { path } = useLocation();
  const at = match('/windows/:grantId', path);
  return (
    <div className="courier">
      <Shell nav={NAV}>
        {at ? <WindowPage grantId={at.grantId!} /> : path === '/' ? <WindowsPage /> : <NotFound />}
      </Shell>
    </div>
  );
}
