import { CAMERA_CHECKS } from './camera.js';
import { CAPABILITY_CHECKS } from './capability.js';
import { COMMAND_CHECKS } from './commands.js';
import { CONNECT_CHECKS } from './connect.js';
import type { Check } from './context.js';
import { PAIRING_CHECKS } from './pairing.js';
import { FINAL_CHECKS, SESSION_CHECKS } from './session.js';

export type { Check, CheckContext } from './context.js';

/** Every check, in the order they run: each group relies on the ones before it (pairing on the hello, and so on). */
export const CHECKS: readonly Check[] = [
  ...CONNECT_CHECKS,
  ...PAIRING_CHECKS,
  ...COMMAND_CHECKS,
  ...CAPABILITY_CHECKS,
  ...CAMERA_CHECKS,
  ...SESSION_CHECKS,
  ...FINAL_CHECKS,
];
