export * from './application-entities.js';
export * from './application-store.js';
