import { type FormEvent, useState } from 'react';
import {
  addPhotos,
  type ClaimKind,
  homeClaims,
  openClaim,
  PHOTO_MAX_BYTES,
  PHOTOS_PER_CLAIM,
} from '../../api/claims.js';
import type { ApiError } from '../../api/client.js';
import { KIND_WORDS, STATE_WORDS } from '../../claims/claim-words.js';
import { useResource } from '../../hooks/use-resource.js';
import { Link, navigate } from '../../routing/router.js';
import { ErrorPanel } from '../../ui/status.js';
import { useHome } from '../home-context.js';

// "Report a problem" files a claim about this visit (docs/claims.md): the claim pins the visit's evidence as it stands,
// and platform support reviews it. Photos are checked here as the server checks them (images, 5 MiB, 5 per claim) so
// the customer hears at once, not after an upload.

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MIB = 1024 * 1024;

/** Why these files cannot be sent, or null when they can. */
export function photoProblem(files: readonly File[]): string | null {
  if (files.length > PHOTOS_PER_CLAIM) return `Choose at most ${PHOTOS_PER_CLAIM} photos.`;
  for (const file of files) {
    if (!IMAGE_TYPES.includes(file.type)) return `${file.name} is not a photo: choose JPEG, PNG or WebP images.`;
    if (file.size > PHOTO_MAX_BYTES) return `${file.name} is larger than ${PHOTO_MAX_BYTES / MIB} MB.`;
  }
  return null;
}

function ClaimForm({ visitId }: { visitId: string }) {
  const [kind, setKind] = useState<ClaimKind>('damage');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const photoError = photoProblem(files);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (photoError) return;
    setBusy(true);
    const opened = await openClaim(visitId, { kind, description: description.trim() });
    if (!opened.ok) {
      setBusy(false);
      return setError(opened.error);
    }
    if (files.length > 0) {
      const sent = await addPhotos(opened.value.id, files);
      if (!sent.ok) {
        setBusy(false);
        return setError({
          ...sent.error,
          title: `The claim is filed, but the photos were not sent: ${sent.error.title}`,
        });
      }
    }
    navigate(`/claims/${opened.value.id}`);
  };
  return (
    <form className="form" aria-label="Report a problem" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>What went wrong</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as ClaimKind)}>
          {Object.entries(KIND_WORDS).map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Tell us what happened</span>
        <textarea required maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label className="field">
        <span>
          Photos (optional: up to {PHOTOS_PER_CLAIM} JPEG, PNG or WebP images, {PHOTO_MAX_BYTES / MIB} MB each)
        </span>
        <input
          type="file"
          accept={IMAGE_TYPES.join(',')}
          multiple
          aria-describedby={photoError ? 'photo-error' : undefined}
          onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
        />
      </label>
      {photoError && (
        <p id="photo-error" className="notice notice-error" role="alert">
          {photoError}
        </p>
      )}
      {error && <ErrorPanel error={error} />}
      <div>
        <button type="submit" className="button primary" disabled={busy || photoError !== null}>
          {busy ? 'Sending…' : 'File the claim'}
        </button>
      </div>
    </form>
  );
}

/** The visit's claims so far, and a way to file one; plus the signed evidence to keep. */
export function ReportProblem({ visitId }: { visitId: string }) {
  const home = useHome();
  const [claims] = useResource((signal) => homeClaims(home.id, signal), [home.id]);
  const [open, setOpen] = useState(false);
  const mine = claims.status === 'ready' ? claims.value.items.filter((c) => c.visitId === visitId) : [];
  return (
    <div className="report-problem">
      <h3>Report a problem</h3>
      {mine.length > 0 && (
        <ul className="list" aria-label="Claims about this visit">
          {mine.map((c) => (
            <li key={c.id} className="list-item">
              <Link href={`/claims/${c.id}`}>
                Claim #{c.id}: {KIND_WORDS[c.kind]}
              </Link>{' '}
              <span className="hint">{STATE_WORDS[c.state][0]}</span>
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <ClaimForm visitId={visitId} />
      ) : (
        <p>
          <button type="button" className="button secondary" onClick={() => setOpen(true)}>
            Report a problem with this visit
          </button>
        </p>
      )}
      <p className="hint">
        <a href={`/v1/visits/${encodeURIComponent(visitId)}/evidence`} download={`visit-${visitId}-evidence.json`}>
          Download the signed evidence bundle
        </a>{' '}
        (anyone can verify it with Threshold's public keys) · <Link href="/alerts">See all alerts</Link>
      </p>
    </div>
  );
}
