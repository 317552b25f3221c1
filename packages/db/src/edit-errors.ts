/**
 * Errors of editing services, independent of GraphQL; packages/api maps them to error codes in one place.
 */
export class UserInputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UserInputError';
  }
}

/** Someone else changed the object since the client read it (optimistic locking). */
export class ConflictError extends Error {
  constructor(
    message: string,
    /** Chinese labels of the fields the other person changed, when known. */
    readonly fields: string[],
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}
