export * from './entities.js';
export * from './orm.js';
export * from './embedded-database.js';
export * from './catalogue-store.js';
export * from './demo-data.js';
export * from './database-admin.js';
export * from './database-runtime.js';
export type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
