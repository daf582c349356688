import { match, useLocation } from '../routing/router.js';
import { Shell } from '../shell.js';
import { NotFound } from '../ui/not-found.js';
import { SupportClaimPage } from './support-claim-page.js';
import { SupportQueue } from './support-queue.js';

// The support console (docs/claims.md): only platform staff see it (GET /v1/me `staff`), and it shows claims only —
// never a home as a whole. A claim's video plays only while the claim is assigned to the person watching.

const NAV = [{ href: '/support', label: 'Claims queue' }];

function SupportRoutes() {
  const { path } = useLocation();
  const claim = match('/support/claims/:claimId', path);
  if (claim) return <SupportClaimPage claimId={claim.claimId!} />;
  if (path === '/' || path === '' || path === '/support') return <SupportQueue />;
  return <NotFound />;
}

export function SupportApp() {
  return (
    <Shell nav={NAV}>
      <SupportRoutes />
    </Shell>
  );
}
