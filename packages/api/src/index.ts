export * from './apollo.js';
export * from './context.js';
export * from './loaders.js';
export * from './schema.js';
export * from './errors.js';
export * from './scope.js';
export * from './sessions.js';
export * from './policy.js';
