export * from './application-model.js';
export * from './application-clock.js';
export * from './application-tables.js';
export * from './application-stats.js';
export * from './application-intake.js';
