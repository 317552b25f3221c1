/**
 * The Apollo server: schema, error formatting and plugins. Transport (HTTP, static files) is apps/server's.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ConflictError, NotFoundError, UserInputError } from '@gongkai/db';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from './context.js';
import { createSchema } from './schema.js';
import { requestPlugin } from './request-plugin.js';
import { inputSanitationPlugin } from './input-sanitation.js';
import { PARSE_OPTIONS, validationRules } from './validation-rules.js';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

const PUBLIC_CODES = new Set([
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

export async function createApolloServer(
  options: { log?: (message: string) => void } = {},
): Promise<ApolloServer<Context>> {
  const schema = await createSchema();
  return new ApolloServer<Context>({
    schema,
    introspection: process.env.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    // The host process (apps/server) handles signals and stops Apollo itself.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    parseOptions: PARSE_OPTIONS,
    validationRules,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      inputSanitationPlugin(), // before requestPlugin(): refuses NUL / lone surrogates before access checks run SQL
      requestPlugin(),
      // No landing page: Apollo's sandbox loads from a CDN, which the content-security policy (and many
      // government networks) do not allow. Introspection stays on outside production for tools.
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const original = unwrapResolverError(error);
      // Errors of the editing services (packages/db), mapped to codes here and nowhere else.
      const base = {
        message: original instanceof Error ? original.message : formatted.message,
        path: formatted.path,
        locations: formatted.locations,
      };
      if (original instanceof UserInputError)
        return {
          ...base,
          extensions: { code: 'BAD_USER_INPUT', ...(original.field ? { field: original.field } : {}) },
        };
      if (original instanceof ConflictError)
        return { ...base, extensions: { code: 'CONFLICT', fields: original.fields } };
      if (original instanceof NotFoundError) return { ...base, extensions: { code: 'NOT_FOUND' } };
      // Two people changing the same thing at the same moment: the loser is told, nothing is half-written.
      if (original instanceof OptimisticLockError || original instanceof UniqueConstraintViolationException) {
        return {
          ...base,
          message: '数据刚被他人修改或已存在，你的修改没有保存；请刷新后再试',
          extensions: { code: 'CONFLICT', fields: [] },
        };
      }
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
      // Anything else is a bug or an outage: log it, and do not leak internals to the client.
      (options.log ?? console.error)(
        `GraphQL 内部错误：${original instanceof Error ? (original.stack ?? original.message) : String(original)}`,
      );
      return {
        message: '服务器内部错误',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    },
  });
}
