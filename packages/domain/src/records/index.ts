export * from './record-model.js';
export * from './record-timeliness.js';
export * from './record-table-two.js';
export * from './record-intake.js';
export * from './record-summary.js';
export * from './record-settings.js';
