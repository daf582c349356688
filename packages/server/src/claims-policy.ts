import type { Decision, Principal } from './policy.js';
import type { HomeRole } from './store/homes-repo.js';
import type { MembershipRole } from './store/organisations-repo.js';

/**
 * Who may do what to a claim (docs/claims.md "Who may do what"), in one place like policy.ts. The relation is worked
 * out from the store by services/claims/access.ts: the claimed visit's home, the carrier or provider of that visit,
 * or platform staff (the `platform_staff` table only; an organisation's kind grants nothing).
 */
export type ClaimRelation =
  | { kind: 'home'; role: HomeRole }
  | { kind: 'carrier'; role: MembershipRole }
  | { kind: 'carrier_key'; scopes: readonly string[] }
  | { kind: 'staff' }
  | { kind: 'none' };

export type ClaimAction =
  | 'open'
  | 'read'
  | 'message'
  | 'add_photo'
  | 'assign'
  | 'decide'
  | 'request_info'
  | 'close'
  | 'consent';

const allow: Decision = { allowed: true };
const hidden = (reason: string): Decision => ({ allowed: false, status: 'not-found', reason });
const refused = (reason: string): Decision => ({ allowed: false, status: 'forbidden', reason });

const CARRIER_SCOPES = ['deliveries:read', 'deliveries:write'];
const STAFF_ACTIONS: readonly ClaimAction[] = ['read', 'message', 'assign', 'decide', 'request_info', 'close'];

export function claimPolicy(principal: Principal, relation: ClaimRelation, action: ClaimAction): Decision {
  if (principal.kind === 'anonymous')
    return { allowed: false, status: 'unauthenticated', reason: 'sign in, or send an API key' };
  switch (relation.kind) {
    case 'none':
      return hidden('no relation to this claim');
    case 'home':
      if (action === 'consent' && relation.role !== 'owner')
        return refused('only an owner of the home may let support watch its clips');
      return ['open', 'read', 'message', 'add_photo', 'close', 'consent'].includes(action)
        ? allow
        : refused('only platform support reviews and decides claims');
    case 'carrier':
      // The carrier's office people read and answer a claim about its own visit; couriers and workers do not.
      if (relation.role !== 'admin' && relation.role !== 'member') return hidden('not an office member of the carrier');
      return action === 'read' || action === 'message' ? allow : refused('a carrier reads and answers a claim only');
    case 'carrier_key':
      if (action !== 'read' && action !== 'message') return refused('a carrier reads and answers a claim only');
      return relation.scopes.some((s) => CARRIER_SCOPES.includes(s))
        ? allow
        : refused('the API key lacks the scope "deliveries:read"');
    case 'staff':
      return STAFF_ACTIONS.includes(action) ? allow : refused('platform staff do not open claims or add evidence');
  }
}
