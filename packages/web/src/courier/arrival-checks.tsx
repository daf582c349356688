import { useEffect, useState } from 'react';
import type { Check } from '../api/types.js';
import { humanize } from '../ui/format.js';

const STEP_MS = 180;

/** A passed check in the words a courier uses. */
export const CHECK_WORDS: Record<string, string> = {
  person_assigned: 'This stop is yours',
  within_window: 'You are within the delivery window',
  within_geofence: 'You are at the right address',
  customer_allows: 'The customer allows delivery inside today',
  served_area: 'Your company delivers to this address',
  devices_ready: 'The lock and the camera are ready',
  no_open_visit: 'No one else is at this door',
};

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
  const list = (
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
            {check.passed ? (
              (CHECK_WORDS[check.name] ?? humanize(check.name))
            ) : (
              <strong>{check.reason ?? humanize(check.name)}</strong>
            )}
            <span className="visually-hidden">{check.passed ? ' passed' : ' failed'}</span>
          </span>
        </li>
      ))}
    </ul>
  );
  // All passed: one line, the details folded away, so the next step is on the first screen.
  return (
    <section aria-labelledby="checks-title" className="card">
      <h2 id="checks-title">{failed.length === 0 ? 'All checks passed' : `${failed.length} check(s) failed`}</h2>
      {failed.length === 0 ? (
        <details>
          <summary>What was checked</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}
