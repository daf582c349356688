import { type FormEvent, useState } from 'react';
import type { Claim } from '../api/claims.js';
import type { ApiError, ApiResult } from '../api/client.js';
import { formatDateTime } from '../ui/format.js';
import { Badge, Empty, ErrorPanel } from '../ui/status.js';
import { decisionWords, KIND_WORDS, STATE_WORDS } from './claim-words.js';

// Parts of a claim page that the customer and support share: what it is about, where it stands, the conversation,
// the photos and the decision.

export function ClaimStatus({ claim }: { claim: Claim }) {
  const [words, tone] = STATE_WORDS[claim.state];
  const decision = decisionWords(claim.resolution);
  return (
    <section className="card" aria-labelledby="claim-status-heading">
      <div className="row">
        <h2 id="claim-status-heading">{KIND_WORDS[claim.kind]}</h2>
        <Badge tone={tone}>{words}</Badge>
      </div>
      <p className="hint claim-meta">
        Claim {claim.id} · opened {formatDateTime(claim.openedAt)}
        {claim.accessUntil && claim.state !== 'closed' && (
          <> · support may watch the video until {formatDateTime(claim.accessUntil)}</>
        )}
      </p>
      <p className="claim-description">{claim.description}</p>
      {decision && (
        <p className="notice notice-success" data-testid="decision">
          <span className="notice-title">Decision</span> {decision}
        </p>
      )}
    </section>
  );
}

const FROM_WORDS: Record<Claim['messages'][number]['from'], string> = {
  customer: 'Customer',
  carrier: 'Carrier',
  support: 'Support',
};

function ClaimMessages({ claim }: { claim: Claim }) {
  return (
    <section className="card" aria-labelledby="claim-messages-heading">
      <h2 id="claim-messages-heading">Messages</h2>
      {claim.messages.length === 0 ? (
        <Empty>No messages yet.</Empty>
      ) : (
        <ul className="list" aria-label="Messages">
          {claim.messages.map((m) => (
            <li key={m.id} className="list-item">
              <div>
                <strong>{FROM_WORDS[m.from]}</strong> <span className="message-body">{m.body}</span>
              </div>
              <time className="hint" dateTime={m.at}>
                {formatDateTime(m.at)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ClaimPhotos({ claim }: { claim: Claim }) {
  if (claim.photos.length === 0) return <Empty>No photos.</Empty>;
  return (
    <ul className="claim-photos" aria-label="Photos">
      {claim.photos.map((p, i) => (
        <li key={p.sha256}>
          <a href={p.url} target="_blank" rel="noreferrer">
            <img src={p.url} alt={`Sent with the claim (${i + 1} of ${claim.photos.length})`} />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The conversation and the photos, as every reader of the claim sees them. */
export function ClaimThread({ claim }: { claim: Claim }) {
  return (
    <>
      <ClaimMessages claim={claim} />
      <section className="card" aria-labelledby="photos-heading">
        <h2 id="photos-heading">Photos</h2>
        <ClaimPhotos claim={claim} />
      </section>
    </>
  );
}

/** A text box that sends one message-like step (a reply, a question); the claim page reloads with the answer. */
export function MessageForm({
  label,
  action,
  send,
  onSent,
}: {
  label: string;
  action: string;
  send: (body: string) => Promise<ApiResult<Claim>>;
  onSent: (claim: Claim) => void;
}) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const sent = await send(body.trim());
    setBusy(false);
    if (!sent.ok) return setError(sent.error);
    setError(null);
    setBody('');
    onSent(sent.value);
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>{label}</span>
        <textarea required maxLength={4000} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      {error && <ErrorPanel error={error} />}
      <div>
        <button type="submit" className="button primary" disabled={busy || body.trim() === ''}>
          {action}
        </button>
      </div>
    </form>
  );
}
