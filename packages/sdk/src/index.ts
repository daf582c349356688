export {
  createThreshold,
  ok,
  SESSION_COOKIE,
  type Threshold,
  type ThresholdAuth,
  type ThresholdOptions,
} from './client.js';
export type { components, operations, paths } from './generated/schema.js';
export { homeEvents, type LiveEvent, type LiveEventType, type LiveOptions, openHomeEvents } from './live.js';
export { isProblem, PROBLEM_TYPE_PREFIX, ProblemError } from './problem.js';
export { type SignedIn, signIn, signOut } from './session.js';
export { type SseMessage, sseParser } from './sse.js';
export type * from './types.js';
export { verifyWebhook, type WebhookEvent, type WebhookVerification } from './webhooks.js';
