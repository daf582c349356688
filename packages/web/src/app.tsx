import { CourierApp } from './courier/courier-app.js';
import { CustomerApp } from './customer/customer-app.js';
import { SessionProvider, useSession } from './session/session.js';
import { SignIn } from './sign-in.js';
import { ErrorPanel, Loading } from './ui/status.js';

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
      return session.me.user.kind === 'courier' ? <CourierApp /> : <CustomerApp />;
  }
}

export function App() {
  return (
    <SessionProvider>
      <Routes />
    </SessionProvider>
  );
}
