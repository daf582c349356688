import type { ReactNode } from 'react';
import { Link, useLocation } from './routing/router.js';
import { useMe, useSession } from './session/session.js';

export interface NavItem {
  href: string;
  label: string;
}

function isCurrent(item: NavItem, path: string): boolean {
  return item.href === '/' ? path === '/' : path === item.href || path.startsWith(`${item.href}/`);
}

/** Landmarks every signed-in page shares: skip link, banner with navigation, main, and a slot for notifications. */
export function Shell({ nav, status, children }: { nav: NavItem[]; status?: ReactNode; children: ReactNode }) {
  const { path } = useLocation();
  const { signOut } = useSession();
  const me = useMe();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Threshold
          </Link>
          <nav aria-label="Main" className="nav">
            <ul>
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={isCurrent(item, path) ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="topbar-user">
            {status}
            <span className="user-name">{me.user.name}</span>
            <button type="button" className="button ghost small" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
