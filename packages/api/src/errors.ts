import { GraphQLError } from 'graphql';

/** Errors with the codes clients rely on (extensions.code), messages in Chinese. */
export function notFound(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', ...extensions } });
}

export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export function assertId(id: string, argumentName: string): void {
  if (!UUID.test(id)) throw badUserInput(`参数 ${argumentName}「${id}」不是有效的 id`, { field: argumentName });
}
