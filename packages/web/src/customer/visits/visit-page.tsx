import { useState } from 'react';
import { fetchVisit } from '../../api/endpoints.js';
import type { VisitDetail } from '../../api/types.js';
import { useResource } from '../../hooks/use-resource.js';
import { useLiveEvents } from '../../live/live-context.js';
import { Link } from '../../routing/router.js';
import { formatDateTime } from '../../ui/format.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { Badge } from '../../ui/status.js';
import { AlertList } from '../alerts/alert-list.js';
import { CheckList } from './check-list.js';
import { ClipPlayer } from './clip-player.js';
import { RecordingIndicator } from './recording-indicator.js';
import { ReportProblem } from './report-problem.js';
import { VisitTimeline } from './visit-timeline.js';
import { OPEN_STATES, RECORDING_STATES, stateLabel } from './visit-words.js';

function VisitBody({ visit, lastBeatAt }: { visit: VisitDetail; lastBeatAt: number | null }) {
  const [label, tone] = stateLabel(visit.state);
  const open = visit.closedAt === null && OPEN_STATES.includes(visit.state);
  return (
    <>
      <div className="row" style={{ marginBottom: '1rem' }}>
        <Badge tone={tone}>{label}</Badge>
        {visit.unverified && <Badge tone="bad">footage incomplete</Badge>}
        {RECORDING_STATES.includes(visit.state) && open && <RecordingIndicator lastBeatAt={lastBeatAt} />}
      </div>
      <div className="grid">
        <section className="card" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          <VisitTimeline entries={visit.timeline} />
        </section>
        <section className="card" aria-labelledby="video-heading">
          <h2 id="video-heading">Video</h2>
          <ClipPlayer clips={visit.clips} open={open} />
        </section>
        <section className="card" aria-labelledby="checks-heading">
          <h2 id="checks-heading">Checks before the door opened</h2>
          <CheckList checks={visit.checks} />
        </section>
        <section className="card" aria-labelledby="alerts-heading">
          <h2 id="alerts-heading">Alerts</h2>
          <AlertList alerts={visit.alerts} empty="No alerts: the visit kept to its expectations." />
          <ReportProblem visitId={visit.id} />
        </section>
      </div>
    </>
  );
}

/** One visit, live while it is open: every event of this visit refetches it, heartbeats only tick the indicator. */
export function VisitPage({ visitId }: { visitId: string }) {
  const [visit, reload] = useResource((signal) => fetchVisit(visitId, signal), [visitId]);
  const [lastBeatAt, setLastBeatAt] = useState<number | null>(null);
  useLiveEvents((event) => {
    if (event.type === 'resync') return reload();
    if (event.type !== 'home.visit' && event.type !== 'home.alert') return;
    if (event.data.visitId !== visitId) return;
    // A heartbeat moves the visit without a ledger entry; anything else is a step worth showing.
    if (event.type === 'home.visit') setLastBeatAt(Date.now());
    if (event.type === 'home.alert' || event.data.entry !== null) reload();
  });
  return (
    <>
      <PageHeader title="Visit">
        <p className="muted">
          <Link href="/visits">All visits</Link>
          {visit.status === 'ready' && <> · opened {formatDateTime(visit.value.openedAt)}</>}
        </p>
      </PageHeader>
      <ResourceView resource={visit} retry={reload} label="Loading the visit">
        {(value) => <VisitBody visit={value} lastBeatAt={lastBeatAt} />}
      </ResourceView>
    </>
  );
}
