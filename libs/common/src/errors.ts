/**
 * The error codes of the contract (`extensions.code`). Services throw a
 * DomainError with one of these; the API's one error filter turns it into a
 * GraphQL error, and turns anything else into a generic internal error.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  REGISTRATION_CLOSED: 'REGISTRATION_CLOSED',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Field path (as in the operation's arguments, e.g. `input.website`) → what is wrong with it. */
export type FieldErrors = Record<string, string>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Du behöver logga in. / Sign-in required.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Du har inte behörighet till detta. / Not allowed.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} finns inte. / Not found.`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extensions);
  }
}

export class BadUserInputError extends DomainError {
  constructor(
    readonly fields: FieldErrors,
    message = 'Uppgifterna är inte giltiga. / Invalid input.',
  ) {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }

  static field(field: string, problem: string): BadUserInputError {
    return new BadUserInputError({ [field]: problem });
  }
}

export class RegistrationClosedError extends DomainError {
  constructor(why: string) {
    super(ErrorCode.REGISTRATION_CLOSED, `Anmälan är stängd: ${why} / Registration is closed.`);
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, 'För många försök, vänta en stund. / Too many attempts.', { retryAfterSeconds });
  }
}
