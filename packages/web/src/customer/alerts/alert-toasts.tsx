import { useState } from 'react';
import { useLiveEvents } from '../../live/live-context.js';
import { Link } from '../../routing/router.js';
import { alertLabel } from './alert-list.js';

interface Toast {
  id: string;
  kind: string;
  message: string;
  visitId: string | null;
}

const MAX_SHOWN = 3;

/** New alerts while the app is open, announced assertively: they are about someone at the customer's door. */
export function AlertToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  useLiveEvents((event) => {
    if (event.type !== 'home.alert') return;
    const d = event.data;
    const toast = {
      id: String(d.alertId),
      kind: String(d.kind),
      message: String(d.message),
      visitId: (d.visitId as string | null) ?? null,
    };
    setToasts((list) => [toast, ...list.filter((t) => t.id !== toast.id)].slice(0, MAX_SHOWN));
  });
  const dismiss = (id: string) => setToasts((list) => list.filter((t) => t.id !== id));
  return (
    <section className="toasts" aria-label="Notifications" aria-live="assertive">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" role="alert">
          <div className="toast-head">
            <strong>{alertLabel(toast.kind)[0]}</strong>
            <button type="button" onClick={() => dismiss(toast.id)} aria-label="Dismiss notification">
              ×
            </button>
          </div>
          <p>{toast.message}</p>
          {toast.visitId && <Link href={`/visits/${toast.visitId}`}>See the visit</Link>}
        </div>
      ))}
    </section>
  );
}
