import { Link } from '../routing/router.js';
import { PageHeader } from './page-header.js';

/** An address the app does not know: said plainly, with the way back. */
export function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" />
      <p>There is nothing at this address.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </>
  );
}
