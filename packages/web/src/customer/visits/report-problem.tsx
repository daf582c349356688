import { Link } from '../../routing/router.js';

/**
 * Claims are not in the API yet, so nothing here pretends to file one. What the customer can do today is take the
 * visit's evidence bundle (GET /v1/visits/{id}/evidence, verifiable offline: docs/ledger.md) to support a claim.
 */
export function ReportProblem({ visitId }: { visitId: string }) {
  return (
    <div className="notice notice-info">
      <p className="notice-title">Report a problem</p>
      <p>
        Filing a claim from the app is not available yet. Download this visit's signed evidence to keep or send with
        your claim; anyone can verify it with Threshold's public keys.
      </p>
      <p>
        <a href={`/v1/visits/${encodeURIComponent(visitId)}/evidence`} download={`visit-${visitId}-evidence.json`}>
          Download the evidence bundle
        </a>{' '}
        · <Link href="/alerts">See all alerts</Link>
      </p>
    </div>
  );
}
