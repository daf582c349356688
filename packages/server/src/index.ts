export { type Config, ConfigError, loadConfig } from './config.js';
export { buildApp } from './http/app.js';
export { type Principal, requireApiKey, requireUser } from './http/auth.js';
export type { AppDeps, ReadyCheck } from './http/deps.js';
export { Problem } from './http/problems.js';
export * from './ports.js';
export { type Db, openStore, type Store, type StoreOptions, withTransaction } from './store/db.js';
export { migrateToLatest } from './store/migrate.js';
export type { Database } from './store/schema.js';
