import { boundsOf, type EligibilityMethod, type Ring, ringProblem } from '@threshold/core';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import { findMembership, findOrganisation, type Organisation } from '../../store/organisations-repo.js';
import {
  deleteServedArea,
  insertServedAreaWithin,
  listServedAreas,
  MAX_SERVED_AREAS,
  type ServedAreaRow,
} from '../../store/served-areas-repo.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';

// A carrier's served areas (docs/eligibility.md "Served areas"): its admins draw, list and delete them. Nobody else
// sees them: another organisation is told they do not exist, a member or a key that they may not.

export interface ServedArea {
  id: string;
  organisationId: string;
  name: string;
  methods: EligibilityMethod[];
  ring: [number, number][];
  createdAt: string;
}

export const servedAreaView = (row: ServedAreaRow): ServedArea => ({
  id: row.id,
  organisationId: row.organisation_id,
  name: row.name,
  methods: JSON.parse(row.methods) as EligibilityMethod[],
  ring: JSON.parse(row.ring) as [number, number][],
  createdAt: row.created_at,
});

/** The organisation, when the principal is a signed-in admin of it. */
async function adminOf(
  deps: Pick<ServiceDeps, 'db'>,
  principal: Principal,
  organisationId: string,
): Promise<Outcome<Organisation>> {
  const hidden = fail('not-found', 'No such organisation');
  if (principal.kind === 'anonymous') return fail('unauthenticated', 'Sign in, or send an API key');
  if (principal.kind === 'api_key') {
    if (principal.organisationId !== organisationId) return hidden;
    return fail('forbidden', 'API keys cannot manage served areas; sign in as an admin');
  }
  const membership = await findMembership(deps.db, organisationId, principal.userId);
  if (membership === undefined) return hidden;
  if (membership.role !== 'admin') return fail('forbidden', 'Only an organisation admin may manage served areas');
  const organisation = await findOrganisation(deps.db, organisationId);
  return organisation ? { ok: true, value: organisation } : hidden;
}

const RING_WORDS: Record<NonNullable<ReturnType<typeof ringProblem>>, string> = {
  too_few_positions: 'A ring needs at least four positions (the last repeats the first)',
  too_many_positions: 'A ring may have at most 1000 positions',
  not_a_position: 'Every position is [longitude, latitude] in numbers',
  out_of_range: 'Longitude is within ±180 and latitude within ±90',
  not_closed: 'The last position of a ring must equal the first',
  too_large: 'An area may span at most 5 degrees of latitude and of longitude',
  no_area: 'The ring encloses (almost) no area',
};

export async function createServedArea(
  deps: ServiceDeps,
  principal: Principal,
  organisationId: string,
  input: { name: string; methods: EligibilityMethod[]; ring: number[][] },
): Promise<Outcome<ServedArea>> {
  const organisation = await adminOf(deps, principal, organisationId);
  if (!organisation.ok) return organisation;
  if (organisation.value.kind !== 'carrier') {
    return fail('validation', 'Only a carrier draws served areas', { field: 'path.organisationId' });
  }
  const problem = ringProblem(input.ring);
  if (problem !== null) return fail('validation', RING_WORDS[problem], { field: 'body.ring', reason: problem });
  const ring = input.ring as unknown as Ring;
  const b = boundsOf(ring);
  const row: ServedAreaRow = {
    id: deps.ids.id('sa'),
    organisation_id: organisationId,
    name: input.name.trim(),
    methods: JSON.stringify([...new Set(input.methods)]),
    ring: JSON.stringify(ring),
    min_lat: b.minLat,
    max_lat: b.maxLat,
    min_lon: b.minLon,
    max_lon: b.maxLon,
    created_by: principal.kind === 'user' ? principal.userId : '',
    created_at: isoAt(deps.clock.now()),
  };
  const written = await withTransaction(deps.db, (tx) => insertServedAreaWithin(tx, row));
  if (!written) return fail('conflict', `An organisation may draw at most ${MAX_SERVED_AREAS} served areas`);
  return { ok: true, value: servedAreaView(row) };
}

export async function servedAreasOf(
  deps: ServiceDeps,
  principal: Principal,
  organisationId: string,
): Promise<Outcome<ServedArea[]>> {
  const organisation = await adminOf(deps, principal, organisationId);
  if (!organisation.ok) return organisation;
  return { ok: true, value: (await listServedAreas(deps.db, organisationId)).map(servedAreaView) };
}

export async function removeServedArea(
  deps: ServiceDeps,
  principal: Principal,
  organisationId: string,
  areaId: string,
): Promise<Outcome<null>> {
  const organisation = await adminOf(deps, principal, organisationId);
  if (!organisation.ok) return organisation;
  if (!(await deleteServedArea(deps.db, organisationId, areaId))) return fail('not-found', 'No such served area');
  return { ok: true, value: null };
}
