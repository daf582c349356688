import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.js';

/** Shown while something loads; announced politely to screen readers. */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}…
    </p>
  );
}

/** A failed request, in the platform's own words, with a way to try again. */
export function ErrorPanel({ error, onRetry, title }: { error: ApiError; onRetry?: () => void; title?: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title ?? error.title}</p>
      <p>{error.detail}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'info';

export function Badge({ tone, children, label }: { tone: Tone; children: ReactNode; label?: string }) {
  return (
    <span className={`badge badge-${tone}`} {...(label ? { 'aria-label': label } : {})}>
      {children}
    </span>
  );
}
