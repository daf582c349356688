import { describe, expect, it } from 'vitest';
import { homePolicy, organisationPolicy, type Principal } from '../src/policy.js';

const user: Principal = { kind: 'user', userId: 'usr_1', userKind: 'customer', sessionId: 'ses_1' };
const key: Principal = { kind: 'api_key', organisationId: 'org_1', keyId: 'key_1', scopes: ['deliveries:read'] };
const anonymous: Principal = { kind: 'anonymous' };

describe('homePolicy', () => {
  it.each([
    [anonymous, undefined, 'read', 'unauthenticated'],
    [key, undefined, 'read', 'not-found'],
    [user, undefined, 'read', 'not-found'],
    [user, undefined, 'change', 'not-found'],
    [user, 'resident', 'read', true],
    [user, 'resident', 'change', 'forbidden'],
    [user, 'resident', 'manage_access_points', 'forbidden'],
    [user, 'owner', 'manage_members', true],
  ] as const)('%o as %s may %s: %s', (principal, role, action, expected) => {
    const decision = homePolicy(principal, role, action);
    expect(decision.allowed ? true : decision.status).toBe(expected);
  });
});

describe('organisationPolicy', () => {
  it.each([
    [anonymous, 'org_1', undefined, 'read', 'unauthenticated'],
    [key, 'org_1', undefined, 'read', true],
    [key, 'org_2', undefined, 'read', 'not-found'],
    [key, 'org_1', undefined, 'manage_api_keys', 'forbidden'],
    [user, 'org_1', undefined, 'read', 'not-found'],
    [user, 'org_1', 'courier', 'read_members', true],
    [user, 'org_1', 'courier', 'manage_members', 'forbidden'],
    [user, 'org_1', 'admin', 'manage_api_keys', true],
  ] as const)('%o on %s as %s may %s: %s', (principal, organisationId, role, action, expected) => {
    const decision = organisationPolicy(principal, organisationId, role, action);
    expect(decision.allowed ? true : decision.status).toBe(expected);
  });

  it('names the rule that refused', () => {
    expect(organisationPolicy(user, 'org_1', 'worker', 'manage_api_keys')).toEqual({
      allowed: false,
      status: 'forbidden',
      reason: 'only an organisation admin may manage api keys',
    });
  });
});
