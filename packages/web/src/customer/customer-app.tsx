import { listHomes } from '../api/endpoints.js';
import { useResource } from '../hooks/use-resource.js';
import { LiveProvider } from '../live/live-context.js';
import { organisationNav, organisationPage } from '../organisations/organisation-views.js';
import { match, useLocation } from '../routing/router.js';
import { useMe } from '../session/session.js';
import { Shell } from '../shell.js';
import { NotFound } from '../ui/not-found.js';
import { PageHeader } from '../ui/page-header.js';
import { ResourceView } from '../ui/resource-view.js';
import { Empty } from '../ui/status.js';
import { AlertToasts } from './alerts/alert-toasts.js';
import { AlertsPage } from './alerts/alerts-page.js';
import { ClaimPage } from './claims/claim-page.js';
import { Dashboard } from './dashboard/dashboard.js';
import { GrantsPage } from './grants/grants-page.js';
import { HomeProvider } from './home-context.js';
import { InvitationsBanner } from './household/household.js';
import { LiveIndicator } from './live-indicator.js';
import { PairDevice } from './pairing/pair-device.js';
import { PreferencesPage } from './preferences/preferences-page.js';
import { VisitPage } from './visits/visit-page.js';
import { VisitsPage } from './visits/visits-page.js';

const NAV = [
  { href: '/', label: 'Home' },
  { href: '/visits', label: 'Visits' },
  { href: '/alerts', label: 'Alerts' },
  { href: '/access', label: 'People with access' },
  { href: '/preferences', label: 'Preferences' },
  { href: '/pair', label: 'Pair a device' },
];

function CustomerRoutes() {
  const { path } = useLocation();
  const me = useMe();
  const organisation = organisationPage(me, path);
  if (organisation) return organisation;
  const visit = match('/visits/:visitId', path);
  if (visit) return <VisitPage visitId={visit.visitId!} />;
  const claim = match('/claims/:claimId', path);
  if (claim) return <ClaimPage claimId={claim.claimId!} />;
  if (path === '/visits') return <VisitsPage />;
  if (path === '/alerts') return <AlertsPage />;
  if (path === '/access') return <GrantsPage />;
  if (path === '/preferences') return <PreferencesPage />;
  if (path === '/pair') return <PairDevice />;
  if (path === '/' || path === '') return <Dashboard />;
  return <NotFound />;
}

/** The customer's app: their (first) home, followed live. */
/** Someone with no home yet: the pages of their organisations (a locker operator's sites), else a welcome. */
function NoHome({ onAccepted }: { onAccepted: () => void }) {
  const { path } = useLocation();
  const me = useMe();
  const page = organisationPage(me, path);
  return (
    <Shell nav={[...NAV.slice(0, 1), ...organisationNav(me)]}>
      {page ?? (
        <>
          <PageHeader title="Welcome" />
          <InvitationsBanner onAccepted={onAccepted} />
          <Empty>You have no home on Threshold yet. Add one through the API (POST /v1/homes) to begin.</Empty>
        </>
      )}
    </Shell>
  );
}

export function CustomerApp() {
  const me = useMe();
  const [homes, reload] = useResource((signal) => listHomes(signal), []);
  return (
    <ResourceView resource={homes} retry={reload} label="Loading your home">
      {({ items }) => {
        const home = items[0];
        if (!home) return <NoHome onAccepted={reload} />;
        return (
          <HomeProvider home={home}>
            <LiveProvider homeId={home.id}>
              <Shell nav={[...NAV, ...organisationNav(me)]} status={<LiveIndicator />}>
                <CustomerRoutes />
              </Shell>
              <AlertToasts />
            </LiveProvider>
          </HomeProvider>
        );
      }}
    </ResourceView>
  );
}
