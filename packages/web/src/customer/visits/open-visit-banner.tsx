import { listVisits } from '../../api/endpoints.js';
import { useResource } from '../../hooks/use-resource.js';
import { useReloadOn } from '../../live/live-context.js';
import { Link } from '../../routing/router.js';
import { useHome } from '../home-context.js';
import { OPEN_STATES, stateLabel } from './visit-words.js';

/** Someone at the door right now: the dashboard leads with it, with a way to watch. */
export function OpenVisitBanner() {
  const home = useHome();
  const [visits, reload] = useResource((signal) => listVisits(home.id, {}, signal), [home.id]);
  useReloadOn(['home.visit'], reload, (event) => event.data.entry !== null);
  if (visits.status !== 'ready') return null;
  const open = visits.value.items.filter((v) => v.closedAt === null && OPEN_STATES.includes(v.state));
  if (open.length === 0) return null;
  return (
    <div className="notice notice-warn" role="status">
      {open.map((visit) => (
        <p key={visit.id}>
          <strong>Visit in progress:</strong> {stateLabel(visit.state)[0]}.{' '}
          <Link href={`/visits/${visit.id}`}>Watch it live</Link>
        </p>
      ))}
    </div>
  );
}
