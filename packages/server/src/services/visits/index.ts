import type { VisitDeps } from './deps.js';
import { startDeviceEventFeed } from './device-events.js';

export { arrive } from './arrive.js';
export { abortVisit, completeVisit, fallBack, phoneCapability } from './courier-actions.js';
export type { VisitDeps, VisitLog } from './deps.js';
export { applyVisitEvent } from './runner.js';
export { visitJobHandlers } from './timers.js';
export { requestUnlock } from './unlock.js';

/**
 * Starts what visits need besides HTTP: device events feeding the visits. Started after the gateway and stopped
 * before it; the job handlers (visitJobHandlers) are given to the job runner by main.
 */
export function startVisitServices(deps: VisitDeps): { stop(): Promise<void> } {
  return startDeviceEventFeed(deps);
}
