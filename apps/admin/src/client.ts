/**
 * The GraphQL client. It is kept in a ref and replaced by a fresh one (empty cache) whenever the signed-in
 * user changes, so no data of one user stays visible to the next; every useQuery re-runs with the new
 * client by itself.
 *
 * Session loss is handled here, in one place for every page: an operation that comes back UNAUTHENTICATED
 * (session expired, signed out elsewhere, password reset) calls the handler set with onUnauthenticated,
 * which signs the app out and sends the user to the login page (see auth.ts). Operations that expect
 * UNAUTHENTICATED as an ordinary answer (login with a wrong password) pass `{ skipAuthRedirect: true }` in
 * their context.
 */
import { shallowRef } from 'vue';
import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, type Operation } from '@urql/core';
import { Kind } from 'graphql';
import { UPLOAD_OPERATIONS, UPLOAD_PATH } from '@gongkai/domain';
import { unauthenticatedMessage } from './errors';

export type UnauthenticatedHandler = (message: string, operation: Operation) => void;

let unauthenticatedHandler: UnauthenticatedHandler | null = null;

/** Sets what happens when an operation fails with UNAUTHENTICATED. */
export function onUnauthenticated(handler: UnauthenticatedHandler): void {
  unauthenticatedHandler = handler;
}

/**
 * Whether an operation is a mutation that carries a file: those go to the server's upload endpoint, which takes a
 * body of up to 20 MB but nothing else (packages/domain upload-limits.ts).
 */
export function carriesFile(operation: Pick<Operation, 'kind' | 'query'>): boolean {
  if (operation.kind !== 'mutation') return false;
  const fields = operation.query.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION ? d.selectionSet.selections : [],
  );
  return fields.length > 0 && fields.every((f) => f.kind === Kind.FIELD && UPLOAD_OPERATIONS.includes(f.name.value));
}

export function createClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      mapExchange({
        onOperation(operation) {
          return carriesFile(operation)
            ? makeOperation(operation.kind, operation, { ...operation.context, url: UPLOAD_PATH })
            : operation;
        },
        onError(error, operation) {
          if (operation.context['skipAuthRedirect'] === true) return;
          const message = unauthenticatedMessage(error);
          if (message !== null) unauthenticatedHandler?.(message, operation);
        },
      }),
      fetchExchange,
    ],
    requestPolicy: 'cache-and-network',
    // Always POST: GET requests would be refused by the server's CSRF protection.
    preferGetMethod: false,
    // The session is an httpOnly cookie of the same origin.
    fetchOptions: { credentials: 'same-origin' },
  });
}

export const client = shallowRef<Client>(createClient());

/** A new client with an empty cache; queries on screen run again through it. */
export function resetClient(): void {
  client.value = createClient();
}
