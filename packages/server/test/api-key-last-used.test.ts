import { expect, it } from 'vitest';
import { fixedClock, sequentialIds } from '../src/ports.js';
import { authenticateApiKey, createApiKey, LAST_USED_RESOLUTION_MS } from '../src/services/api-keys.js';
import { findApiKeyInOrganisation } from '../src/store/api-keys-repo.js';
import { insertOrganisation } from '../src/store/organisations-repo.js';
import { insertUser } from '../src/store/users-repo.js';
import { describeEachDialect } from './support/stores.js';

const start = Date.parse('2026-11-25T09:00:00.000Z');

describeEachDialect('API key last use', (getStore) => {
  it('is written on first use, then at most once a minute', async () => {
    const { db } = getStore();
    const clock = fixedClock(start);
    const deps = { db, clock, ids: sequentialIds() };
    const created = new Date(start).toISOString();
    await insertUser(db, {
      id: 'usr_k',
      email: 'k@example.test',
      name: 'k',
      kind: 'customer',
      password_hash: 'x',
      created_at: created,
    });
    await insertOrganisation(db, { id: 'org_k', name: 'Carrier', kind: 'carrier', created_at: created });
    const { key, secret } = await createApiKey(deps, 'org_k', 'usr_k', { name: 'k', scopes: ['deliveries:read'] });
    const lastUsed = async () => (await findApiKeyInOrganisation(db, 'org_k', key.id))?.last_used_at;
    expect(await lastUsed()).toBeNull();

    expect((await authenticateApiKey(deps, secret))?.id).toBe(key.id);
    expect(await lastUsed()).toBe('2026-11-25T09:00:00.000Z');
    clock.advance(LAST_USED_RESOLUTION_MS - 1);
    expect((await authenticateApiKey(deps, secret))?.id).toBe(key.id);
    expect(await lastUsed()).toBe('2026-11-25T09:00:00.000Z');
    clock.advance(1);
    await authenticateApiKey(deps, secret);
    expect(await lastUsed()).toBe('2026-11-25T09:01:00.000Z');
    expect(await authenticateApiKey(deps, `${secret}x`)).toBeUndefined();
  });
});
