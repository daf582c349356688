import type { Check } from '../../api/types.js';
import { Empty } from '../../ui/status.js';
import { checkWords } from './visit-story.js';
import { CHECK_TITLES } from './visit-words.js';

/** A check's evidence as short sentences: the facts it was judged on, never raw JSON. */
function evidenceWords(check: Check): string[] {
  const e = (check.evidence ?? {}) as Record<string, unknown>;
  const words: string[] = [];
  if (typeof e.distanceMeters === 'number') words.push(`Distance from your address: ${Math.round(e.distanceMeters)} m`);
  if (typeof e.accuracyMeters === 'number') words.push(`Position accurate to ${Math.round(e.accuracyMeters)} m`);
  if (typeof e.radiusMeters === 'number') words.push(`Allowed distance: ${Math.round(e.radiusMeters)} m`);
  return words;
}

/** Every check with its verdict in plain words and what it was judged on; the list sits behind "details". */
export function CheckList({ checks }: { checks: Check[] }) {
  if (checks.length === 0) return <Empty>No checks have run yet.</Empty>;
  return (
    <ul className="checks" aria-label="Checks">
      {checks.map((check) => (
        <li key={check.name} className={`check${check.passed ? '' : ' check-failed'}`} data-check={check.name}>
          <span aria-hidden="true" className={check.passed ? 'done' : 'failed-mark'}>
            {check.passed ? '✓' : '✗'}
          </span>
          <div>
            <strong>{CHECK_TITLES[check.name] ?? check.name}</strong>
            <span className="visually-hidden">{check.passed ? ': passed' : ': failed'}</span>
            {!check.passed && <p>{checkWords(check)}</p>}
            {evidenceWords(check).map((w) => (
              <p key={w} className="hint">
                {w}
              </p>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
