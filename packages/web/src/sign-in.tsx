import { type FormEvent, useState } from 'react';
import type { ApiError } from './api/client.js';
import { signIn } from './api/endpoints.js';
import { useSession } from './session/session.js';
import { PageHeader } from './ui/page-header.js';
import { ErrorPanel } from './ui/status.js';

function CredentialField(props: {
  label: string;
  type: 'email' | 'password';
  autoComplete: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type={props.type}
        name={props.type}
        autoComplete={props.autoComplete}
        required
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

export function SignIn() {
  const { refresh, session } = useSession();
  const ended = session.status === 'signed-out' && session.ended === true;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await signIn(email.trim(), password);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    await refresh();
  };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <p className="brand brand-large" aria-hidden="true">
          <span className="brand-mark" />
          Threshold
        </p>
        <PageHeader title="Sign in" />
        {ended ? (
          <p className="notice notice-info" role="status">
            Your session has ended. Sign in again to continue where you were.
          </p>
        ) : (
          <p className="muted">Watch every visit to your home, or see today's stops.</p>
        )}
        <form onSubmit={submit} className="form" aria-describedby={error ? 'sign-in-error' : undefined}>
          <CredentialField label="Email" type="email" autoComplete="username" value={email} onChange={setEmail} />
          <CredentialField
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
          {error && (
            <div id="sign-in-error">
              <ErrorPanel
                error={error}
                title={error.type === 'invalid-credentials' ? 'That email and password do not match' : error.title}
              />
            </div>
          )}
          <button type="submit" className="button primary wide" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
