import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers.js';

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process). */
export function createSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({ resolvers, validate: false, emitSchemaFile: false });
  return cached;
}

/** The schema as SDL, sorted, as committed in packages/api/schema.graphql for the admin's code generator. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
