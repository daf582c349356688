/** docs/protocol.md §7: why a lock refuses an unlock capability. */
export const CAPABILITY_REJECTIONS = [
  'malformed',
  'unknown_key',
  'bad_signature',
  'wrong_audience',
  'wrong_action',
  'not_yet_valid',
  'expired',
  'lifetime_too_long',
  'replayed',
  'superseded',
] as const;
export type CapabilityRejection = (typeof CAPABILITY_REJECTIONS)[number];

/** docs/protocol.md §4: the stable codes a device answers a rejected command with. */
export const REJECTIONS = [
  ...CAPABILITY_REJECTIONS,
  'wrong_device',
  'not_paired',
  'already_paired',
  'bad_proof',
  'unsupported',
  'jammed',
  'busy',
] as const;
/** `malformed`, `wrong_device`, `unknown_key`, `bad_signature`, `expired`, `not_paired`, `already_paired`,
 * `bad_proof`, `unsupported`, `jammed`, `busy` and every {@link CapabilityRejection}. */
export type CommandRejection = (typeof REJECTIONS)[number];
