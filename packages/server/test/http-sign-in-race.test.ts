import type { FastifyInstance } from 'fastify';
import { expect, it, vi } from 'vitest';
import * as passwords from '../src/crypto/passwords.js';
import { SIGN_IN_LIMITS } from '../src/services/sign-in-throttle.js';
import { customer, expectProblem, testApp } from './support/app.js';
import { describeEachDialect } from './support/stores.js';

// Every password verification is counted, so the test sees how many guesses were actually checked.
vi.mock('../src/crypto/passwords.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/crypto/passwords.js')>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

/** 50 wrong passwords at once from one address, as the outside attack sent them. */
function fiftyAtOnce(app: FastifyInstance, emailOf: (i: number) => string, remoteAddress: string) {
  return Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      app.inject({
        method: 'POST',
        url: '/v1/auth/sign-in',
        payload: { email: emailOf(i), password: `wrong guess ${i}` },
        remoteAddress,
      }),
    ),
  );
}

describeEachDialect('sign-in throttle under concurrency', (getStore) => {
  it('checks exactly the configured number of 50 parallel wrong passwords, then answers 429', async () => {
    const { app } = await testApp(getStore());
    const victim = await customer(app, 'race');
    const verify = vi.mocked(passwords.verifyPassword);
    verify.mockClear();

    const answers = await fiftyAtOnce(app, () => victim.email, '198.51.100.7');

    expect(verify).toHaveBeenCalledTimes(SIGN_IN_LIMITS.perAccount);
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(SIGN_IN_LIMITS.perAccount);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - SIGN_IN_LIMITS.perAccount);
    for (const locked of answers.filter((a) => a.statusCode === 429)) {
      expectProblem(locked, 429, 'too-many-requests');
      expect(Number(locked.headers['retry-after'])).toBe(SIGN_IN_LIMITS.windowMs / 1000);
    }
    // Locked now even for the right password, and still nothing more is verified.
    const right = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: victim.email, password: 'correct horse battery' },
      remoteAddress: '198.51.100.8',
    });
    expectProblem(right, 429, 'too-many-requests');
    expect(verify).toHaveBeenCalledTimes(SIGN_IN_LIMITS.perAccount);
    await app.close();
  });

  it('holds the per-address limit across accounts under concurrency', async () => {
    const { app } = await testApp(getStore());
    const verify = vi.mocked(passwords.verifyPassword);
    verify.mockClear();
    const answers = await fiftyAtOnce(app, (i) => `spray-${i}@example.test`, '198.51.100.9');
    expect(verify).toHaveBeenCalledTimes(SIGN_IN_LIMITS.perAddress);
    expect(answers.filter((a) => a.statusCode === 429)).toHaveLength(50 - SIGN_IN_LIMITS.perAddress);
    await app.close();
  });
});
