import { describe, expect, it } from 'vitest';
import { weakPasswordReason } from '../src/services/password-policy.js';

const dana = { email: 'dana.whitfield@example.test', name: 'Dana Whitfield' };

describe('password policy (NIST SP 800-63B)', () => {
  it.each([
    ['aaaaaaaaaa', 'repetitive'],
    ['abababababab', 'repetitive'],
    ['1234567890', 'common'],
    ['password12', 'common'],
    ['Password123!', 'common'],
    ['qwertyuiop', 'common'],
    ['basketball2024', 'common'],
    ['abcdefghijk', 'sequential'],
    ['9876543210', 'sequential'],
    ['zyxwvutsrq', 'sequential'],
    ['dana.whitfield', 'personal'],
    ['DanaWhitfield1990', 'personal'],
    ['whitfield-dana-77', 'personal'],
    ['threshold2026', 'personal'],
  ])('refuses %s as %s', (password, reason) => {
    expect(weakPasswordReason(password, dana)).toBe(reason);
  });

  it.each([
    'correct horse battery',
    'demo-customer-pass',
    'a long courier password',
    'Tr0ub4dor&3 staple',
    'dana likes quiet mornings',
  ])('accepts %s (no composition rules)', (password) => {
    expect(weakPasswordReason(password, dana)).toBeUndefined();
  });
});
