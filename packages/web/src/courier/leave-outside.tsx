import { type FormEvent, useState } from 'react';

/** A doorstep drop needs a photo as evidence (docs/visits.md "fallback"); the phone's camera opens directly. */
export function LeaveOutside({ busy, onLeave }: { busy: boolean; onLeave: (photo: File) => void }) {
  const [photo, setPhoto] = useState<File | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (photo) onLeave(photo);
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="leave-title">
      <h2 id="leave-title">Leave outside</h2>
      <label className="field">
        <span>Photo of the parcel at the door</span>
        <input
          type="file"
          accept="image/jpeg"
          capture="environment"
          required
          onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
        />
      </label>
      <button type="submit" className="button secondary big" disabled={busy || !photo}>
        Leave outside with this photo
      </button>
    </form>
  );
}
