export { type EmbeddedBroker, type EmbeddedBrokerOptions, startEmbeddedBroker } from './broker.js';
export type { CommandFailure, CommandResult, SendOptions } from './commands.js';
export { createGateway, type Gateway, type GatewayDeps, startGateway } from './gateway.js';
export type { DeviceHealth } from './health.js';
export { type GatewayLog, silentLog } from './log.js';
