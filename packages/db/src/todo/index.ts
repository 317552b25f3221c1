export * from './todo-queries.js';
