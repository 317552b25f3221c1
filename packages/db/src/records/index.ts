export * from './record-entities.js';
