import { type HomeAction, homePolicy, type Principal } from '../policy.js';
import { findHome, findHomeMember } from '../store/homes-repo.js';
import type { Home } from '../store/schema.js';
import type { ServiceDeps } from './deps.js';
import { denied, fail, type Outcome } from './failure.js';

/**
 * Loads a home for a principal and checks the action: the one gate every home-scoped route (access points, devices,
 * grants…) goes through, so an unknown id and another tenant's id answer alike.
 */
export async function homeFor(
  deps: Pick<ServiceDeps, 'db'>,
  principal: Principal,
  homeId: string,
  action: HomeAction,
): Promise<Outcome<Home>> {
  const member = principal.kind === 'user' ? await findHomeMember(deps.db, homeId, principal.userId) : undefined;
  const decision = homePolicy(principal, member?.role, action);
  if (!decision.allowed) return denied(decision, 'home');
  const home = await findHome(deps.db, homeId);
  return home ? { ok: true, value: home } : fail('not-found', 'No such home');
}
