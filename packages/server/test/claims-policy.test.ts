import { describe, expect, it } from 'vitest';
import { type ClaimAction, type ClaimRelation, claimPolicy } from '../src/claims-policy.js';
import type { Principal } from '../src/policy.js';

const user: Principal = { kind: 'user', userId: 'usr_1', userKind: 'customer', sessionId: 'ses_1' };
const key: Principal = { kind: 'api_key', organisationId: 'org_1', keyId: 'key_1', scopes: ['deliveries:read'] };

const owner: ClaimRelation = { kind: 'home', role: 'owner' };
const resident: ClaimRelation = { kind: 'home', role: 'resident' };
const carrierAdmin: ClaimRelation = { kind: 'carrier', role: 'admin' };
const courier: ClaimRelation = { kind: 'carrier', role: 'courier' };
const staff: ClaimRelation = { kind: 'staff' };
const none: ClaimRelation = { kind: 'none' };

describe('claimPolicy (docs/claims.md "Who may do what")', () => {
  it.each([
    [user, owner, 'open', true],
    [user, owner, 'consent', true],
    [user, owner, 'assign', 'forbidden'],
    [user, owner, 'decide', 'forbidden'],
    [user, resident, 'message', true],
    [user, resident, 'consent', 'forbidden'],
    [user, carrierAdmin, 'read', true],
    [user, carrierAdmin, 'message', true],
    [user, carrierAdmin, 'open', 'forbidden'],
    [user, carrierAdmin, 'decide', 'forbidden'],
    [user, courier, 'read', 'not-found'],
    [key, { kind: 'carrier_key', scopes: ['deliveries:read'] }, 'message', true],
    [key, { kind: 'carrier_key', scopes: ['grants:read'] }, 'read', 'forbidden'],
    [key, { kind: 'carrier_key', scopes: ['deliveries:write'] }, 'close', 'forbidden'],
    [user, staff, 'assign', true],
    [user, staff, 'decide', true],
    [user, staff, 'open', 'forbidden'],
    [user, staff, 'add_photo', 'forbidden'],
    [user, staff, 'consent', 'forbidden'],
    [user, none, 'read', 'not-found'],
    [{ kind: 'anonymous' } as Principal, owner, 'read', 'unauthenticated'],
  ] as const)('%o as %o may %s: %s', (principal, relation, action, expected) => {
    const decision = claimPolicy(principal, relation, action as ClaimAction);
    expect(decision.allowed ? true : decision.status).toBe(expected);
  });
});
