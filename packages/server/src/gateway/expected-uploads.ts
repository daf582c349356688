import type { CommandEnvelope } from '@threshold/protocol';
import { type Clock, type Ids, isoAt } from '../ports.js';
import { type Db, withLazyCommit } from '../store/db.js';
import { expectUpload } from '../store/device-trust-repo.js';

// Every upload is expected (DESIGN.md "Trust rules"; docs/protocol.md §5): the platform records the recording
// session it asks a camera for before the `record.start` leaves, and the upload route accepts a clip only against
// such a record.

/** How long after `record.start` a camera may still upload that session's clip (it keeps a clip until stored). */
export const EXPECTED_UPLOAD_TTL_MS = 24 * 60 * 60_000;

export async function expectClip(
  deps: { db: Db; clock: Clock; ids: Ids },
  command: CommandEnvelope<'record.start'>,
): Promise<void> {
  const now = deps.clock.now();
  // Lazy (store/db.ts withLazyCommit): the camera's answer to this `record.start` is accepted by a durable commit
  // after this one, and nothing of the visit goes on without it; a power cut before then loses only the expectation
  // of a clip from a visit that never unlocked.
  await withLazyCommit(deps.db, (db) =>
    expectUpload(db, {
      id: deps.ids.id('upl'),
      deviceId: command.device,
      session: command.params.session,
      commandId: command.id,
      at: isoAt(now),
      expiresAt: isoAt(now + EXPECTED_UPLOAD_TTL_MS),
    }),
  );
}
