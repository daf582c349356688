import type { Check } from '../../api/types.js';
import { humanize } from '../../ui/format.js';
import { Badge, Empty } from '../../ui/status.js';

/** Every check with its verdict, its reason in plain words and the evidence it was judged on. */
export function CheckList({ checks }: { checks: Check[] }) {
  if (checks.length === 0) return <Empty>No checks have run yet.</Empty>;
  return (
    <ul className="checks" aria-label="Checks">
      {checks.map((check) => (
        <li key={check.name} className={`check${check.passed ? '' : ' check-failed'}`} data-check={check.name}>
          <div className="check-head">
            <strong>{humanize(check.name)}</strong>
            <Badge tone={check.passed ? 'good' : 'bad'}>{check.passed ? 'passed' : 'failed'}</Badge>
          </div>
          {check.reason && <p>{check.reason}</p>}
          <details>
            <summary>Evidence</summary>
            <pre>{JSON.stringify(check.evidence, null, 2)}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
