import '../lockers.css';
import { useState } from 'react';
import type { OpenRequest } from '../../api/lockers.js';
import { useInterval } from '../../hooks/use-interval.js';
import { useResource } from '../../hooks/use-resource.js';
import { Link, useLocation } from '../../routing/router.js';
import { useMe } from '../../session/session.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { CompartmentsTable } from './compartments-table.js';
import { ApproveRequest, OpeningForm, OpeningOutcome } from './openings.js';
import { PendingRequests } from './pending-requests.js';
import { SiteAlerts } from './site-alerts.js';
import { loadSite, type SiteView } from './site-data.js';

// One locker site for its operator (docs/lockers.md "Operator"): compartments with their doors and states, free
// counts by size, alerts, and openings by hand. Members read; the controls are offered to admins only (the platform
// refuses a member anyway).

const REFRESH_MS = 10_000;

function FreeCounts({ free }: { free: Record<string, number> }) {
  return (
    <section aria-labelledby="free-title">
      <h3 id="free-title">Free by size</h3>
      <dl className="free-counts">
        {Object.entries(free).map(([size, count]) => (
          <div key={size}>
            <dt>{size}</dt>
            <dd>{count} free</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Site({ view, admin, userId, reload }: { view: SiteView; admin: boolean; userId: string; reload: () => void }) {
  const { query } = useLocation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<OpenRequest | null>(null);
  const [asked, setAsked] = useState(0);
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const done = (request: OpenRequest) => {
    setOutcome(request);
    setSelected(new Set());
    setAsked((n) => n + 1);
    reload();
  };
  const approve = query.get('approve');
  const { site, compartments } = view;
  return (
    <>
      <PageHeader title={site.name}>
        <p className="muted">
          {site.openingHours} · {site.timeZone} · {site.hasCamera ? 'camera watches the site' : 'no camera'} · parcels
          wait {site.pickupDays} days
        </p>
      </PageHeader>
      <p>
        <Link href="/lockers">All sites</Link>
      </p>
      {admin && approve && <ApproveRequest requestId={approve} compartments={compartments} onDone={reload} />}
      <section className="card" aria-labelledby="compartments-title">
        <h2 id="compartments-title">Compartments</h2>
        <FreeCounts free={view.free} />
        <CompartmentsTable
          compartments={compartments}
          lockedOut={new Set(view.lockedOut.keys())}
          selected={admin ? selected : null}
          onToggle={toggle}
        />
        {admin ? (
          <>
            {outcome && <OpeningOutcome request={outcome} compartments={compartments} />}
            <OpeningForm siteId={site.id} selected={selected} compartments={compartments} onDone={done} />
          </>
        ) : (
          <p className="muted">You see this site read-only: its admins open compartments.</p>
        )}
      </section>
      <PendingRequests
        siteId={site.id}
        compartments={compartments}
        userId={userId}
        admin={admin}
        version={asked}
        onChanged={reload}
      />
      <SiteAlerts
        alerts={view.alerts}
        compartments={compartments}
        lockedOut={view.lockedOut}
        admin={admin}
        onChanged={reload}
      />
    </>
  );
}

export function SitePage({ siteId }: { siteId: string }) {
  const me = useMe();
  const [view, reload] = useResource((signal) => loadSite(siteId, signal), [siteId]);
  useInterval(reload, REFRESH_MS);
  return (
    <ResourceView resource={view} retry={reload} label="Loading the site">
      {(v) => {
        const role = me.organisations.find((o) => o.id === v.site.organisationId)?.role;
        return <Site view={v} admin={role === 'admin'} userId={me.user.id} reload={reload} />;
      }}
    </ResourceView>
  );
}
