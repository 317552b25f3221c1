export * from './text-normalize.js';
export * from './channels.js';
export * from './time-limit.js';
export * from './offices.js';
export * from './content-elements.js';
export * from './catalogue-model.js';
export * from './catalogue-import.js';
export * from './working-days.js';
