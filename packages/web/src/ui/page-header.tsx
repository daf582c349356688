import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's one h1. It takes focus when the page mounts, so a screen reader announces the new page after a
 * client-side navigation, as it would after a full page load.
 */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Threshold`;
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <header className="page-header">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children && <div className="page-header-extra">{children}</div>}
    </header>
  );
}
