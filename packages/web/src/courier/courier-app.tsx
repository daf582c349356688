import { match, useLocation } from '../routing/router.js';
import { Shell } from '../shell.js';
import { NotFound } from '../ui/not-found.js';
import { StopPage } from './stop-page.js';
import { StopsPage } from './stops-page.js';

const NAV = [{ href: '/', label: "Today's stops" }];

/** The courier's phone: today's stops, and one stop at a time. */
export function CourierApp() {
  const { path } = useLocation();
  const stop = match('/stops/:deliveryId', path);
  return (
    <div className="courier">
      <Shell nav={NAV}>
        {stop ? <StopPage deliveryId={stop.deliveryId!} /> : path === '/' ? <StopsPage /> : <NotFound />}
      </Shell>
    </div>
  );
}
