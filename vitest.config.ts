import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packages = fileURLToPath(new URL('./packages', import.meta.url));

// Tests run against the TypeScript sources; workspace imports are mapped to them so a test never reads a stale build.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@threshold\/(core|protocol|server|devices|sdk)$/, replacement: `${packages}/$1/src/index.ts` },
      { find: /^@threshold\/(core|protocol|server|devices|sdk)\/(.*)$/, replacement: `${packages}/$1/src/$2.ts` },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Clears the retained device messages earlier runs left on the shared external broker (TEST_MQTT_URL).
    globalSetup: ['packages/server/test/support/shared-broker-setup.ts'],
    // Most files wait on real processes, brokers and browsers rather than compute, and the default (one fork fewer
    // than the cores: one on a 2-core machine) leaves the CPU idle; two forks keep the suite well inside CI's budget.
    maxWorkers: 2,
  },
});
