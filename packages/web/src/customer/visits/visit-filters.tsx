import type { VisitFilter } from '../../api/endpoints.js';

const STATES = [
  'completed',
  'denied',
  'fallback',
  'aborted',
  'failed',
  'arrived',
  'unlocked',
  'door_opened',
  'relocked',
];

/** A date input's local day as the instant it starts; `to` is exclusive, so it takes the start of the next day. */
function dayStart(date: string, plusDays = 0): string | undefined {
  if (!date) return undefined;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plusDays).toISOString();
}

const dayOf = (iso: string | undefined, minusDays = 0) => {
  if (!iso) return '';
  const d = new Date(iso);
  d.setDate(d.getDate() - minusDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function VisitFilters({ value, onChange }: { value: VisitFilter; onChange: (filter: VisitFilter) => void }) {
  const set = (patch: Partial<VisitFilter>) => {
    const next = { ...value, ...patch };
    for (const key of Object.keys(next) as Array<keyof VisitFilter>) if (!next[key]) delete next[key];
    onChange(next);
  };
  return (
    <search className="filters" aria-label="Filter visits">
      <label className="field">
        <span>Outcome</span>
        <select value={value.state ?? ''} onChange={(e) => set({ state: e.target.value })}>
          <option value="">All visits</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {s.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>From</span>
        <input type="date" value={dayOf(value.from)} onChange={(e) => set({ from: dayStart(e.target.value) })} />
      </label>
      <label className="field">
        <span>To</span>
        <input type="date" value={dayOf(value.to, 1)} onChange={(e) => set({ to: dayStart(e.target.value, 1) })} />
      </label>
    </search>
  );
}
