/** The slice of a pino logger the gateway uses, so tests can pass a silent or recording one. */
export interface GatewayLog {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLog: GatewayLog = { debug() {}, info() {}, warn() {}, error() {} };
