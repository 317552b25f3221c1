export * from './apollo.js';
export * from './context.js';
export * from './loaders.js';
export * from './schema.js';
export * from './errors.js';
