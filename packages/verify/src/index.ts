export * from './evidence.js';
export * from './keys.js';
