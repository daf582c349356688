import { useState } from 'react';
import { fetchVisit } from '../../api/endpoints.js';
import type { VisitDetail } from '../../api/types.js';
import { entranceOfVisit } from '../../buildings/entrance-words.js';
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
import { ClipViews } from './clip-views.js';
import { RecordingIndicator } from './recording-indicator.js';
import { ReportProblem } from './report-problem.js';
import { storyOf } from './visit-story.js';
import { VisitTimeline } from './visit-timeline.js';
import { OPEN_STATES, RECORDING_STATES } from './visit-words.js';

function whoCame(visit: VisitDetail): string {
  const who = visit.who;
  if (!who) return visit.deliveryId ? 'A courier' : 'Someone';
  return who.carrier ? `${who.firstName}, a courier for ${who.carrier},` : who.firstName;
}

/** What happened, in plain words, with the evidence the customer most wants to see: the video or the photo. */
function VisitSummary({ visit, open, lastBeatAt }: { visit: VisitDetail; open: boolean; lastBeatAt: number | null }) {
  const story = storyOf(visit);
  const entrance = entranceOfVisit(visit.checks);
  return (
    <section className="card summary" aria-labelledby="summary-heading">
      <div className="row">
        <h2 id="summary-heading">{story.headline}</h2>
        <Badge tone={story.tone}>{visit.deliveryId ? 'Delivery' : 'Visit'}</Badge>
        {entrance && <Badge tone="info">{entrance}</Badge>}
        {visit.unverified && <Badge tone="bad">footage incomplete</Badge>}
      </div>
      <p className="muted">
        {whoCame(visit)} came {visit.deliveryId ? 'with a delivery ' : ''}on {formatDateTime(visit.openedAt)}.
      </p>
      {story.details.map((line) => (
        <p key={line} className="story-detail">
          {line}
        </p>
      ))}
      {RECORDING_STATES.includes(visit.state) && open && <RecordingIndicator lastBeatAt={lastBeatAt} />}
      {visit.photoUrl && (
        <figure className="photo">
          <img src={visit.photoUrl} alt="The parcel where the courier left it" />
          <figcaption className="hint">The courier's photo</figcaption>
        </figure>
      )}
      <ClipPlayer visit={visit} open={open} />
      <ClipViews visit={visit} />
    </section>
  );
}

function VisitBody({ visit, lastBeatAt }: { visit: VisitDetail; lastBeatAt: number | null }) {
  const open = visit.closedAt === null && OPEN_STATES.includes(visit.state);
  return (
    <div className="visit">
      <VisitSummary visit={visit} open={open} lastBeatAt={lastBeatAt} />
      <section className="card" aria-labelledby="alerts-heading">
        <h2 id="alerts-heading">Notices and alerts</h2>
        <AlertList
          alerts={visit.alerts}
          empty={open ? 'Nothing to report yet.' : 'Nothing went against what this visit was allowed to do.'}
        />
        <ReportProblem visitId={visit.id} />
      </section>
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <VisitTimeline entries={visit.timeline} />
      </section>
      <section className="card" aria-labelledby="checks-heading">
        <h2 id="checks-heading">Checks before the door could open</h2>
        <details>
          <summary>
            {visit.checks.length === 0
              ? 'No checks have run yet'
              : visit.checks.every((c) => c.passed)
                ? `All ${visit.checks.length} checks passed: details`
                : `${visit.checks.filter((c) => !c.passed).length} check(s) failed: details`}
          </summary>
          <CheckList checks={visit.checks} />
        </details>
      </section>
    </div>
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
    // A heartbeat moves the visit without a ledger entry; anything else (a step, a stored clip) is worth showing.
    if (event.type === 'home.visit' && event.data.entry === null) return setLastBeatAt(Date.now());
    if (event.type === 'home.visit') setLastBeatAt(Date.now());
    reload();
  });
  return (
    <>
      <PageHeader title="Visit">
        <p className="muted">
          <Link href="/visits">All visits</Link>
        </p>
      </PageHeader>
      <ResourceView resource={visit} retry={reload} label="Loading the visit">
        {(value) => <VisitBody visit={value} lastBeatAt={lastBeatAt} />}
      </ResourceView>
    </>
  );
}
