import type { Visit } from '../../api/types.js';
import { entranceOfVisit } from '../../buildings/entrance-words.js';
import { Link } from '../../routing/router.js';
import { formatDateTime } from '../../ui/format.js';
import { Badge } from '../../ui/status.js';
import { stateLabel } from './visit-words.js';

export function VisitRow({ visit }: { visit: Visit }) {
  const [label, tone] = stateLabel(visit.state);
  const entrance = entranceOfVisit(visit.checks);
  return (
    <li className="list-item">
      <div>
        <Link href={`/visits/${visit.id}`}>
          {visit.deliveryId ? 'Delivery' : 'Visit'} · {formatDateTime(visit.openedAt)}
        </Link>
        {visit.marks.length > 0 && <span className="hint"> · {visit.marks.length} alert(s)</span>}
      </div>
      <div className="row">
        {entrance && <Badge tone="info">{entrance}</Badge>}
        {visit.unverified && <Badge tone="bad">footage incomplete</Badge>}
        <Badge tone={tone}>{label}</Badge>
      </div>
    </li>
  );
}
