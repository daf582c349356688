import type { VisitExpectations } from '@threshold/core';
import type { Bus } from '../../bus.js';
import type { ClipStore } from '../../clips/clip-store.js';
import type { Gateway } from '../../gateway/gateway.js';
import type { ServiceDeps } from '../deps.js';

/** The slice of a pino logger the visit services use. */
export interface VisitLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface VisitDeps extends ServiceDeps {
  bus: Bus;
  gateway: Pick<Gateway, 'sendCommand' | 'keys' | 'withinAccept'>;
  log: VisitLog;
  /** Where doorstep photos are stored, content-addressed like clips. */
  blobs?: ClipStore | undefined;
  /** Overrides of DEFAULT_EXPECTATIONS for new visits (tests shorten the post-roll). */
  expectations?: Partial<VisitExpectations> | undefined;
  /** Wakes the job runner after a timer was scheduled. */
  kickJobs?: (() => void) | undefined;
  /** How long the unlock request waits for the camera and then for the lock (defaults 5 s each). */
  waits?: { recordingMs?: number; unlockMs?: number } | undefined;
}

/** A capability lives 60 s: seconds at the door are enough, and an unused one dies soon (docs/decisions.md). */
export const CAPABILITY_TTL_SECONDS = 60;
export const visitJobKind = (kind: string) => `visit.${kind}`;

/** What the HTTP app adds to its services for visits (AppDeps.visits); the gateway and clip store come from AppDeps. */
export type VisitRuntime = Omit<VisitDeps, 'db' | 'clock' | 'ids' | 'gateway' | 'blobs'>;
