import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: its own EntityManager (identity map per request) and batch loaders. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
}

export function createContext(orm: MikroORM): Context {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em) };
}
