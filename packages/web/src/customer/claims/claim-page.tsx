import { fetchClaim, postMessage } from '../../api/claims.js';
import { ClaimStatus, ClaimThread, MessageForm } from '../../claims/claim-parts.js';
import { useResource } from '../../hooks/use-resource.js';
import { useReloadOn } from '../../live/live-context.js';
import { Link } from '../../routing/router.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';

/** The customer's claim: where it stands in words, the conversation with support, the photos and the decision. */
export function ClaimPage({ claimId }: { claimId: string }) {
  const [claim, reload] = useResource((signal) => fetchClaim(claimId, signal), [claimId]);
  // Every step of a claim is an alert of the home (docs/claims.md "Steps"): the page follows them live.
  useReloadOn(['home.alert'], reload);
  return (
    <>
      <PageHeader title={`Claim #${claimId}`} />
      <ResourceView resource={claim} retry={reload} label="Loading the claim">
        {(value) => (
          <div className="stack">
            <p className="muted">
              <Link href={`/visits/${value.visitId}`}>Back to the visit</Link>
            </p>
            <ClaimStatus claim={value} />
            {value.state === 'needs_info' && (
              <section className="card" aria-labelledby="reply-heading">
                <h2 id="reply-heading">Support asked you something</h2>
                <MessageForm
                  label="Your answer"
                  action="Send the answer"
                  send={(body) => postMessage(value.id, body)}
                  onSent={reload}
                />
              </section>
            )}
            <ClaimThread claim={value} />
          </div>
        )}
      </ResourceView>
    </>
  );
}
