import type { ReactNode } from 'react';
import type { Resource } from '../hooks/use-resource.js';
import { ErrorPanel, Loading } from './status.js';

/** Every resource shows one of three things: it is loading, it failed (with a retry), or it is there. */
export function ResourceView<T>({
  resource,
  retry,
  label,
  children,
}: {
  resource: Resource<T>;
  retry: () => void;
  label?: string;
  children: (value: T) => ReactNode;
}) {
  if (resource.status === 'loading') return <Loading {...(label ? { label } : {})} />;
  if (resource.status === 'error') return <ErrorPanel error={resource.error} onRetry={retry} />;
  return <>{children(resource.value)}</>;
}
