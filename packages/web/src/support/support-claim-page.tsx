import { useState } from 'react';
import { assignClaim, type Claim, closeClaim, fetchClaim, requestInfo } from '../api/claims.js';
import type { ApiError, ApiResult } from '../api/client.js';
import { clipUrl } from '../api/endpoints.js';
import { ClaimStatus, ClaimThread, MessageForm } from '../claims/claim-parts.js';
import { useResource } from '../hooks/use-resource.js';
import { Link } from '../routing/router.js';
import { formatDateTime } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { ResourceView } from '../ui/resource-view.js';
import { ErrorPanel } from '../ui/status.js';
import { DecisionForm } from './decision-form.js';

/** True while the claim lets this support person watch the visit's clips (docs/claims.md: assigned, 24 h, not closed). */
export const mayWatch = (claim: Claim, now = Date.now()) =>
  claim.assignedToYou && claim.state !== 'closed' && claim.accessUntil !== null && Date.parse(claim.accessUntil) > now;

function Evidence({ claim }: { claim: Claim }) {
  const { visit, evidence } = claim;
  return (
    <section className="card" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      <dl className="facts">
        <div className="fact">
          <dt>Visit</dt>
          <dd className="mono">{visit.id}</dd>
        </div>
        <div className="fact">
          <dt>How it ended</dt>
          <dd>{visit.state.replace(/_/g, ' ')}</dd>
        </div>
        <div className="fact">
          <dt>Opened</dt>
          <dd>{formatDateTime(visit.openedAt)}</dd>
        </div>
        <div className="fact">
          <dt>Closed</dt>
          <dd>{visit.closedAt ? formatDateTime(visit.closedAt) : 'still open'}</dd>
        </div>
        <div className="fact">
          <dt>Ledger entries pinned</dt>
          <dd>
            {evidence.entries} (#{evidence.fromSeq}–#{evidence.toSeq})
          </dd>
        </div>
        <div className="fact">
          <dt>Head hash</dt>
          <dd className="mono hash">{evidence.headHash}</dd>
        </div>
        <div className="fact">
          <dt>Clips</dt>
          <dd>{visit.clipIds.length}</dd>
        </div>
        <div className="fact">
          <dt>Alerts cited</dt>
          <dd>{claim.alertIds.length}</dd>
        </div>
      </dl>
    </section>
  );
}

function Footage({ claim, act }: { claim: Claim; act: Act }) {
  const clips = claim.visit.clipIds;
  const assignable = (claim.state === 'open' || claim.state === 'in_review') && !mayWatch(claim);
  return (
    <section className="card" aria-labelledby="footage-heading">
      <h2 id="footage-heading">The visit's video</h2>
      {mayWatch(claim) ? (
        clips.length === 0 ? (
          <p className="empty">The camera recorded nothing for this visit.</p>
        ) : (
          <>
            <p className="hint">
              Every look is written to the customer's ledger and shown on their visit page. You may watch until{' '}
              {formatDateTime(claim.accessUntil!)}.
            </p>
            <ol className="clips" aria-label="Footage">
              {clips.map((id, i) => (
                <li key={id} className="clip">
                  {/* biome-ignore lint/a11y/useMediaCaption: camera footage has no speech to caption */}
                  <video controls preload="metadata" playsInline src={clipUrl(id)} aria-label={`Clip ${i + 1}`} />
                </li>
              ))}
            </ol>
          </>
        )
      ) : (
        <p className="notice notice-info" data-testid="clip-locked">
          The video is not shown: support may watch a customer's video only for a claim assigned to them, for 24 hours,
          and each look is recorded in the customer's ledger where they can see it.
          {assignable ? ' Assign the claim to yourself to watch it.' : ''}
        </p>
      )}
      {assignable && (
        <button type="button" className="button primary" onClick={() => act(() => assignClaim(claim.id))}>
          Assign to me
        </button>
      )}
    </section>
  );
}

type Act = (step: () => Promise<ApiResult<Claim>>) => void;

function Decide({ claim, act, reload }: { claim: Claim; act: Act; reload: () => void }) {
  if (claim.state === 'resolved')
    return (
      <section className="card" aria-labelledby="close-heading">
        <h2 id="close-heading">Close the claim</h2>
        <p className="hint">Closing ends support's access to the video; nothing can be added afterwards.</p>
        <button type="button" className="button secondary" onClick={() => act(() => closeClaim(claim.id))}>
          Close the claim
        </button>
      </section>
    );
  if (!claim.assignedToYou || claim.state !== 'in_review') return null;
  return (
    <>
      <section className="card" aria-labelledby="decide-heading">
        <h2 id="decide-heading">Decide</h2>
        <DecisionForm claimId={claim.id} onDecided={reload} />
      </section>
      <section className="card" aria-labelledby="ask-heading">
        <h2 id="ask-heading">Ask the customer</h2>
        <MessageForm
          label="Your question"
          action="Request information"
          send={(body) => requestInfo(claim.id, body)}
          onSent={reload}
        />
      </section>
    </>
  );
}

export function SupportClaimPage({ claimId }: { claimId: string }) {
  const [claim, reload] = useResource((signal) => fetchClaim(claimId, signal), [claimId]);
  const [error, setError] = useState<ApiError | null>(null);
  const act: Act = (step) =>
    void step().then((result) => {
      setError(result.ok ? null : result.error);
      reload();
    });
  return (
    <>
      <PageHeader title={`Claim #${claimId}`} />
      <p className="muted">
        <Link href="/support">Back to the queue</Link>
      </p>
      {error && <ErrorPanel error={error} />}
      <ResourceView resource={claim} retry={reload} label="Loading the claim">
        {(value) => (
          <div className="stack">
            <ClaimStatus claim={value} />
            <Evidence claim={value} />
            <Footage claim={value} act={act} />
            <Decide claim={value} act={act} reload={reload} />
            <ClaimThread claim={value} />
          </div>
        )}
      </ResourceView>
    </>
  );
}
