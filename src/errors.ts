// Errors a user can act on carry a stable code and a friendly message; anything else is a bug for the error boundary.

export type UserErrorCode =
  | 'CONFIG_INVALID'
  | 'KNOWLEDGE_INVALID'
  | 'COMMAND_UNKNOWN'
  | 'COMMAND_USAGE'
  | 'TIMEZONE_UNKNOWN'
  | 'TIME_INVALID'
  | 'PERMISSION_DENIED'
  | 'RATE_LIMITED'
  | 'NOT_SUBSCRIBED'
  | 'PLATFORM_UNAVAILABLE';

/** An error whose message is meant for the person who caused it: say what is wrong and how to fix it. */
export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
