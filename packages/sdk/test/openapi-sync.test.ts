import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Generated,
  type GeneratedFile,
  generate,
  openApiDocument,
  readCommitted,
  STALE_HINT,
  staleFiles,
  writeGenerated,
} from './support/generate.js';

// `npm run sdk:generate` runs this file with SDK_GENERATE=write; otherwise it checks, and fails the build when the
// committed SDK no longer matches the routes (docs/sdk.md "Staying in step").
const writing = process.env.SDK_GENERATE === 'write';

function expectFresh(stale: GeneratedFile[]): void {
  if (stale.length > 0) throw new Error(`${STALE_HINT} (differs: ${stale.join(', ')})`);
}

describe('the SDK against the routes', () => {
  let document: Record<string, unknown>;
  let fresh: Generated;
  beforeAll(async () => {
    document = await openApiDocument();
    fresh = await generate(document);
  }, 120_000);

  it('its committed document and types are what the routes generate now', () => {
    if (writing) writeGenerated(fresh);
    expectFresh(staleFiles(readCommitted(), fresh));
  });

  it('a renamed route field makes the check fail', { timeout: 60_000 }, async () => {
    const renamed = JSON.parse(JSON.stringify(document).replaceAll('"addressLine1"', '"streetLine1"'));
    const stale = staleFiles(fresh, await generate(renamed));
    expect(stale).toEqual(['openapi.json', 'src/generated/schema.ts']);
    expect(() => expectFresh(stale)).toThrow(/run npm run sdk:generate/);
  });
});
