import { type FormEvent, type ReactNode, useState } from 'react';
import { acceptInvitation, inviteResident, listInvitations, listMembers, type Member } from '../../api/household.js';
import { useResource } from '../../hooks/use-resource.js';
import { useMe } from '../../session/session.js';
import { ResourceView } from '../../ui/resource-view.js';
import { useHome } from '../home-context.js';
import './household.css';

// The people of a home (docs/api.md "Invitations"): the owner invites a resident by email, the invited customer
// accepts from their side. A resident sees the home read-only; the platform refuses their changes anyway.

/** The signed-in customer's role in the home, once the members are known. */
function roleOf(members: Member[], userId: string): Member['role'] | undefined {
  return members.find((m) => m.userId === userId)?.role;
}

/** The home's members, and for its owner a form to invite someone as a resident. */
export function Household() {
  const home = useHome();
  const me = useMe();
  const [members, reload] = useResource((signal) => listMembers(home.id, signal), [home.id]);
  return (
    <section className="card narrow" aria-labelledby="household-title">
      <h2 id="household-title">Household</h2>
      <ResourceView resource={members} retry={reload} label="Loading the household">
        {({ items }) => (
          <>
            <ul>
              {items.map((m) => (
                <li key={m.userId}>
                  {m.name} ({m.email}) — {m.role === 'owner' ? 'owner' : 'resident'}
                </li>
              ))}
            </ul>
            {roleOf(items, me.user.id) === 'owner' ? (
              <InviteForm homeId={home.id} />
            ) : (
              <p className="muted">You see this home read-only: its owner makes the changes.</p>
            )}
          </>
        )}
      </ResourceView>
    </section>
  );
}

function InviteForm({ homeId }: { homeId: string }) {
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const sent = await inviteResident(homeId, email);
    setBusy(false);
    if (sent.ok) {
      setMessage({ tone: 'info', text: `Invitation sent to ${email}. They accept it from their own account.` });
      setEmail('');
    } else setMessage({ tone: 'error', text: sent.error.detail || sent.error.title });
  }
  return (
    <form onSubmit={submit}>
      <label className="field">
        <span>Invite by email</span>
        <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={busy}>
        Invite as resident
      </button>
      {message && (
        <p className={`notice notice-${message.tone === 'info' ? 'info' : 'warn'}`} role="status">
          {message.text}
        </p>
      )}
    </form>
  );
}

/** The signed-in customer's open invitations to homes, each with Accept; nothing when there are none. */
export function InvitationsBanner({ onAccepted }: { onAccepted: () => void }) {
  const [invitations, reload] = useResource((signal) => listInvitations(signal), []);
  const [error, setError] = useState<string | null>(null);
  if (invitations.status !== 'ready') return null;
  const homes = invitations.value.items.filter((i) => i.target.kind === 'home');
  if (homes.length === 0) return null;
  async function accept(id: string) {
    const answered = await acceptInvitation(id);
    if (!answered.ok) return setError(answered.error.detail || answered.error.title);
    reload();
    onAccepted();
  }
  return (
    <section className="notice notice-info" aria-label="Invitations">
      {homes.map((i) => (
        <p key={i.id}>
          {i.invitedBy.name} invited you to {i.target.name} as a {i.role}.{' '}
          <button type="button" className="button" onClick={() => void accept(i.id)}>
            Accept
          </button>
        </p>
      ))}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

/** The signed-in customer's role in the home: undefined while the members load (or when they cannot be read). */
export function useHomeRole(homeId: string): Member['role'] | undefined {
  const me = useMe();
  const [members] = useResource((signal) => listMembers(homeId, signal), [homeId]);
  return members.status === 'ready' ? roleOf(members.value.items, me.user.id) : undefined;
}

/** Its children for the owner; for a resident the same controls, disabled (shown, not offered). */
export function OwnerOnly({ homeId, children }: { homeId: string; children: ReactNode }) {
  const role = useHomeRole(homeId);
  if (role !== 'resident') return children;
  return (
    <fieldset disabled className="read-only">
      <legend className="muted">Read-only: the home's owner changes these.</legend>
      {children}
    </fieldset>
  );
}
