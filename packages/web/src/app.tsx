import { CourierApp } from './courier/courier-app.js';
import { CustomerApp } from './customer/customer-app.js';
import { SessionProvider, useSession } from './session/session.js';
import { SignIn } from './sign-in.js';
import { SupportApp } from './support/support-app.js';
import { ErrorPanel, Loading } from './ui/status.js';
import { WorkerApp } from './worker/worker-app.js';

/** Who is signed in decides which app they see: couriers get the phone-first stops view, everyone else their home. */
function Routes() {
  const { session, refresh } = useSession();
  switch (session.status) {
    case 'checking':
      return (
        <main id="main" className="content">
          <Loading label="Starting Threshold" />
        </main>
      );
    case 'error':
      return (
        <main id="main" className="content">
          <ErrorPanel error={session.error} onRetry={() => void refresh()} />
        </main>
      );
    case 'signed-out':
      return <SignIn />;
    case 'signed-in':
      // Platform staff (made only by `npm run admin`) get the support console: claims, never a home.
      if (session.me.staff) return <SupportApp />;
      if (session.me.user.kind === 'courier') return <CourierApp />;
      return session.me.user.kind === 'worker' ? <WorkerApp /> : <CustomerApp />;
  }
}

export function App() {
  return (
    <SessionProvider>
      <Routes />
    </SessionProvider>
  );
}
