export * from './stored-file-entities.js';
