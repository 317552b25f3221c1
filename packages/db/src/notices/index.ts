export * from './notice-entities.js';
export * from './notice-store.js';
