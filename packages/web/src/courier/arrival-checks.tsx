import { useEffect, useState } from 'react';
import type { Check } from '../api/types.js';
import { humanize } from '../ui/format.js';

const STEP_MS = 180;

/**
 * The checks of an arrival, revealed one by one so a courier can follow them; a failure is said in the API's own
 * plain words ("You are 480 m from the address"). With reduced motion they all show at once.
 */
export function ArrivalChecks({ checks }: { checks: Check[] }) {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const [shown, setShown] = useState(reduced ? checks.length : 0);
  useEffect(() => {
    if (shown >= checks.length) return;
    const timer = setTimeout(() => setShown((n) => n + 1), STEP_MS);
    return () => clearTimeout(timer);
  }, [shown, checks.length]);
  const failed = checks.filter((c) => !c.passed);
  return (
    <section aria-labelledby="checks-title" className="card">
      <h2 id="checks-title">{failed.length === 0 ? 'All checks passed' : `${failed.length} check(s) failed`}</h2>
      <ul className="progress" aria-label="Checks">
        {checks.map((check, i) => (
          <li
            key={check.name}
            data-check={check.name}
            data-passed={check.passed}
            style={{ visibility: i < shown ? 'visible' : 'hidden' }}
          >
            <span aria-hidden="true" className={check.passed ? 'done' : 'failed-mark'}>
              {check.passed ? '✓' : '✗'}
            </span>
            <span>
              {check.passed ? humanize(check.name) : <strong>{check.reason ?? humanize(check.name)}</strong>}
              <span className="visually-hidden">{check.passed ? ' passed' : ' failed'}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
