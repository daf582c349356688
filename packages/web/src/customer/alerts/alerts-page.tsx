import { acknowledgeAlert } from '../../api/claims.js';
import { listAlerts } from '../../api/endpoints.js';
import { useResource } from '../../hooks/use-resource.js';
import { useReloadOn } from '../../live/live-context.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { useHome } from '../home-context.js';
import { AlertList } from './alert-list.js';

export function AlertsPage() {
  const home = useHome();
  const [alerts, reload] = useResource((signal) => listAlerts(home.id, signal), [home.id]);
  useReloadOn(['home.alert'], reload);
  return (
    <>
      <PageHeader title="Alerts" />
      <p className="muted">
        How each delivery ended, and everything that needs your attention: a door left open, a visit too long, a gap in
        the video, a jammed lock, a door opened with no visit, a device offline or low on battery.
      </p>
      <ResourceView resource={alerts} retry={reload} label="Loading alerts">
        {({ items }) => (
          <AlertList
            alerts={items}
            empty="Nothing yet."
            linkVisits
            onAcknowledge={(alert) => void acknowledgeAlert(alert.id).then(reload)}
          />
        )}
      </ResourceView>
    </>
  );
}
