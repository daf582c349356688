/** The slice of a pino logger the gateway uses, so tests can pass a silent or recording one. */
export interface GatewayLog {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLog: GatewayLog = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * The correlation id of a device event in every log line about it (docs/operations.md "Logs"): `<device id>#<seq>`,
 * unique per device and the same on the device's side; `#?` when the message named no seq.
 */
export function deviceEventRef(deviceId: string, seq: unknown): string {
  return `${deviceId}#${typeof seq === 'number' ? seq : '?'}`;
}
